package org.pacto.portability.calculation.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where to claim a pension under each agreement: the rule (one claim, lodged in the country of residence, which
 * forwards it to the others) with its source, and the competent institution of each party for old-age
 * pensions where it could be named with confidence. A party without an entry is "consult the liaison
 * institution": nothing is invented.
 */
public final class ClaimProcedures {

  /** One claim in the country of residence (if a party); its institution forwards it to the other parties. */
  public static final String RESIDENCE_FORWARDS = "residence-forwards";
  /** Regulation 987/2009 art. 45(4): place of residence or last state whose legislation applied. */
  public static final String EU_RESIDENCE_OR_LAST_STATE = "eu-residence-or-last-state";

  /**
   * An institution that decides old-age pensions in its country.
   *
   * @param scope {@code null} for the general scheme, otherwise {@code public-system}, {@code old-system},
   *     {@code individual-accounts} or {@code seafarers}
   */
  public record Institution(String name, @Nullable String scope) {}

  /** @param institutions by party country; parties missing here: consult the liaison institution */
  public record ClaimProcedure(String rule, String source, Map<String, List<Institution>> institutions) {
    public ClaimProcedure {
      institutions = Map.copyOf(institutions);
    }

    public List<Institution> institutionsOf(String country) {
      return institutions.getOrDefault(country, List.of());
    }
  }

  private static final Map<String, List<Institution>> INSTITUTIONS = new LinkedHashMap<>();

  static {
    put("ES", new Institution("Instituto Nacional de la Seguridad Social (INSS)", null),
        new Institution("Instituto Social de la Marina (ISM)", "seafarers"));
    put("PT", new Institution("Instituto da Segurança Social, I.P. (Centro Nacional de Pensões)", null));
    put("EC", new Institution("Instituto Ecuatoriano de Seguridad Social (IESS)", null));
    put("AR", new Institution("Administración Nacional de la Seguridad Social (ANSES)", null));
    put("BR", new Institution("Instituto Nacional do Seguro Social (INSS)", null));
    put("UY", new Institution("Banco de Previsión Social (BPS)", null));
    put("PY", new Institution("Instituto de Previsión Social (IPS)", null));
    put("CL", new Institution("Instituto de Previsión Social (IPS)", "old-system"),
        new Institution("Administradoras de Fondos de Pensiones (AFP), a través de la Superintendencia de Pensiones",
            "individual-accounts"));
    put("PE", new Institution("Oficina de Normalización Previsional (ONP)", "public-system"),
        new Institution("Administradoras Privadas de Fondos de Pensiones (AFP), supervisadas por la"
            + " Superintendencia de Banca, Seguros y AFP (SBS)", "individual-accounts"));
    put("CO", new Institution("Administradora Colombiana de Pensiones (Colpensiones)", "public-system"),
        new Institution("Sociedades administradoras de fondos de pensiones (AFP)", "individual-accounts"));
    put("BO", new Institution("Gestora Pública de la Seguridad Social de Largo Plazo", "individual-accounts"),
        new Institution("Servicio Nacional del Sistema de Reparto (SENASIR)", "old-system"));
    put("SV", new Institution("Instituto Salvadoreño del Seguro Social (ISSS)", "old-system"),
        new Institution("Instituto Nacional de Pensiones de los Empleados Públicos (INPEP)", "old-system"),
        new Institution("Administradoras de Fondos de Pensiones (AFP)", "individual-accounts"));
    put("FR", new Institution("Assurance retraite (CNAV et Carsat), régime général", null));
    put("DE", new Institution("Deutsche Rentenversicherung", null));
    put("IT", new Institution("Istituto Nazionale della Previdenza Sociale (INPS)", null));
    put("NL", new Institution("Sociale Verzekeringsbank (SVB), AOW", null));
    put("AT", new Institution("Pensionsversicherungsanstalt (PVA)", null));
    put("BE", new Institution("Service fédéral des Pensions / Federale Pensioendienst (SFP/FPD)", null));
  }

  private static final Map<String, String> SOURCES = Map.of(
      StandardAgreements.CMISS, "CMISS Implementation Agreement (Acuerdo de Aplicación): claims lodged with the"
          + " institution of the state of residence, which forwards them to the other states' institutions",
      StandardAgreements.EU, "Regulation (EC) 987/2009 art. 45(4) (claim to the institution of the place of"
          + " residence or of the last Member State whose legislation applied) and art. 47 (contact institution)",
      StandardAgreements.MERCOSUR, "Acuerdo Multilateral MERCOSUR and its Reglamento Administrativo (claims"
          + " lodged in the state of residence and forwarded; article not verified)",
      StandardAgreements.SPAIN_ECUADOR, "Convenio España–Ecuador and its Acuerdo Administrativo (claims lodged in"
          + " the state of residence and forwarded; article not verified)",
      StandardAgreements.SPAIN_COLOMBIA, "Convenio España–Colombia and its Acuerdo Administrativo (claims lodged"
          + " in the state of residence and forwarded; article not verified)");

  private ClaimProcedures() {}

  private static void put(String country, Institution... institutions) {
    INSTITUTIONS.put(country, List.of(institutions));
  }

  /** The procedure under {@code agreement}, empty when it is not sourced (e.g. CARICOM). */
  public static Optional<ClaimProcedure> of(Agreement agreement) {
    String source = SOURCES.get(agreement.id());
    if (source == null) {
      return Optional.empty();
    }
    Map<String, List<Institution>> institutions = new LinkedHashMap<>();
    agreement.effectiveFrom().keySet().stream().filter(INSTITUTIONS::containsKey)
        .forEach(c -> institutions.put(c, INSTITUTIONS.get(c)));
    String rule = StandardAgreements.EU.equals(agreement.id()) ? EU_RESIDENCE_OR_LAST_STATE : RESIDENCE_FORWARDS;
    return Optional.of(new ClaimProcedure(rule, source, institutions));
  }
}
