package org.pacto.portability.calculation.catalog;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agreements of the standard catalog, as data. */
public final class StandardAgreements {

  public static final String CMISS = "cmiss";
  public static final String EU = "eu-883-2004";
  public static final String MERCOSUR = "mercosur";
  public static final String CARICOM = "caricom";
  public static final String SPAIN_ECUADOR = "es-ec";
  public static final String SPAIN_COLOMBIA = "es-co";

  /** The list of signatory states published when the Convention entered into force. */
  private static final String CMISS_SIGNATORIES = "Ministerio de Trabajo e Inmigración (Spain), statement of"
      + " 13 June 2011 on the entry into force of the CMISS: signatory states still completing ratification and"
      + " application include Costa Rica and Venezuela";

  private static final Set<Branch> PENSIONS = EnumSet.of(Branch.OLD_AGE, Branch.INVALIDITY, Branch.SURVIVORS);

  private StandardAgreements() {}

  public static List<Agreement> all() {
    return List.of(eu(), cmiss(), mercosur(), caricom(), spainEcuador(), spainColombia());
  }

  /** Regulation (EC) 883/2004 with implementing Regulation (EC) 987/2009: EU27, EEA and Switzerland. */
  public static Agreement eu() {
    Map<String, LocalDate> parties = new LinkedHashMap<>();
    LocalDate start = LocalDate.of(2010, 5, 1);
    for (String c : List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR",
        "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")) {
      parties.put(c, start);
    }
    parties.put("HR", LocalDate.of(2013, 7, 1));
    parties.put("CH", LocalDate.of(2012, 4, 1));
    for (String c : List.of("IS", "LI", "NO")) {
      parties.put(c, LocalDate.of(2012, 6, 1));
    }
    return new Agreement(
        EU,
        "EU Regulation 883/2004 on the coordination of social security systems",
        "Regulation (EC) 883/2004 and implementing Regulation (EC) 987/2009",
        parties,
        EnumSet.allOf(Branch.class),
        "Regulation (EC) 883/2004 art. 6 (aggregation of periods)",
        "Regulation (EC) 883/2004 art. 52(1)(b) (theoretical and pro-rata amount)",
        ChoiceRule.HIGHER_OF_INDEPENDENT_AND_PRO_RATA,
        "Regulation (EC) 883/2004 art. 52(3) (the higher amount is awarded)",
        new ShortPeriodRule(365, true, "Regulation (EC) 883/2004 art. 57 (periods of less than one year)"),
        List.of("Dates are those from which 883/2004 applies to each party (EU 2010-05-01, CH 2012-04-01,"
                + " IS/LI/NO 2012-06-01, HR 2013-07-01); Regulation 1408/71 applied before and is not modelled",
            "The United Kingdom (EU-UK Trade and Cooperation Agreement protocol) is not included"));
  }

  /** Convenio Multilateral Iberoamericano de Seguridad Social, effective with its 2009 Implementation Agreement. */
  public static Agreement cmiss() {
    Map<String, LocalDate> parties = new LinkedHashMap<>();
    parties.put("ES", LocalDate.of(2011, 5, 1));
    parties.put("BO", LocalDate.of(2011, 5, 1));
    parties.put("BR", LocalDate.of(2011, 5, 19));
    parties.put("EC", LocalDate.of(2011, 6, 20));
    parties.put("CL", LocalDate.of(2011, 9, 1));
    parties.put("UY", LocalDate.of(2011, 10, 1));
    parties.put("PY", LocalDate.of(2011, 10, 28));
    parties.put("SV", LocalDate.of(2012, 11, 17));
    parties.put("PT", LocalDate.of(2014, 7, 21));
    parties.put("AR", LocalDate.of(2016, 8, 1));
    parties.put("PE", LocalDate.of(2016, 10, 20));
    parties.put("DO", LocalDate.of(2020, 7, 14));
    parties.put("CO", LocalDate.of(2023, 8, 1));
    EnumSet<Branch> branches = EnumSet.copyOf(PENSIONS);
    branches.add(Branch.WORK_INJURY);
    return new Agreement(
        CMISS,
        "Ibero-American Multilateral Social Security Convention (CMISS, 2007)",
        "Convenio Multilateral Iberoamericano de Seguridad Social (Santiago de Chile, 10 Nov 2007) and its"
            + " Implementation Agreement (Lisbon, 11 Sep 2009)",
        parties,
        branches,
        "CMISS art. 5 (totalisation of periods)",
        "CMISS art. 13.1.b and Implementation Agreement annex 4 (theoretical and pro-rata amount)",
        ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE,
        "CMISS art. 13.1.a (national benefit when entitled without totalisation)",
        null,
        List.of("Applies only between states that signed the 2009 Implementation Agreement; dates per party as listed",
            "Health care and non-contributory benefits are excluded",
            "CMISS art. 8: where a bilateral or multilateral agreement also applies, the more favourable provisions apply",
            "The person's option to ask for totalisation although entitled alone is reported, not chosen",
            "Costa Rica and Venezuela signed the Convention but it does not apply to them (no Implementation"
                + " Agreement in force); their later steps (ratification) are not verified and shown as 'signed'"),
        List.of(new Signatory("CR", SignatoryStatus.SIGNED, CMISS_SIGNATORIES),
            new Signatory("VE", SignatoryStatus.SIGNED, CMISS_SIGNATORIES)));
  }

  /** Acuerdo Multilateral de Seguridad Social del MERCOSUR. */
  public static Agreement mercosur() {
    LocalDate start = LocalDate.of(2005, 6, 1);
    Map<String, LocalDate> parties = new LinkedHashMap<>();
    for (String c : List.of("AR", "BR", "PY", "UY")) {
      parties.put(c, start);
    }
    EnumSet<Branch> branches = EnumSet.copyOf(PENSIONS);
    branches.add(Branch.HEALTH_CARE);
    return new Agreement(
        MERCOSUR,
        "MERCOSUR Multilateral Social Security Agreement",
        "Acuerdo Multilateral de Seguridad Social del Mercado Común del Sur (in force 2005-06-01)",
        parties,
        branches,
        "Acuerdo Multilateral MERCOSUR art. 7.1 (totalisation of periods)",
        "Acuerdo Multilateral MERCOSUR art. 7 and Reglamento Administrativo (pro-rata)",
        ChoiceRule.HIGHER_OF_INDEPENDENT_AND_PRO_RATA,
        "Acuerdo Multilateral MERCOSUR (choice rule not verified against the text; modelled as the more favourable)",
        new ShortPeriodRule(365, false, "Acuerdo Multilateral MERCOSUR art. 7.2 (periods under 12 months)"),
        List.of("Choice between national and pro-rata amount not verified: modelled as the higher of the two",
            "Short-period threshold of 12 months applied as 365 calendar days",
            "Art. 7.2 is permissive (\"podrá no reconocer\") and silent on the other states' ratio: the released"
                + " days are left out of it as under Regulation 883/2004 art. 57(2); no last-state rule"));
  }

  /** CARICOM Agreement on Social Security. */
  public static Agreement caricom() {
    LocalDate start = LocalDate.of(1997, 4, 1);
    Map<String, LocalDate> parties = new LinkedHashMap<>();
    for (String c : List.of("AG", "BB", "BZ", "DM", "GD", "GY", "JM", "KN", "LC", "VC", "TT", "BS", "SR")) {
      parties.put(c, start);
    }
    return new Agreement(
        CARICOM,
        "CARICOM Agreement on Social Security (1996/1997)",
        "Agreement on Social Security of the Caribbean Community (in force 1997-04-01)",
        parties,
        PENSIONS,
        "CARICOM Agreement on Social Security (totalisation of periods; article not verified)",
        "CARICOM Agreement on Social Security (pro-rata; article not verified)",
        ChoiceRule.HIGHER_OF_INDEPENDENT_AND_PRO_RATA,
        "CARICOM Agreement on Social Security (choice rule not verified)",
        null,
        List.of("UNSURE: membership and per-state application dates not verified; 1997-04-01 used for every"
                + " listed state; Bahamas and Suriname in particular need checking",
            "Branches limited to long-term benefits; employment-injury coverage not verified"));
  }

  /** Convenio de Seguridad Social entre el Reino de España y la República del Ecuador (Madrid, 4 Dec 2009). */
  public static Agreement spainEcuador() {
    return new Agreement(
        SPAIN_ECUADOR,
        "Spain–Ecuador Social Security Convention (2009)",
        "Convenio de Seguridad Social entre el Reino de España y la República del Ecuador, Madrid 4 Dec 2009"
            + " (in force 2011-01-01)",
        Map.of("ES", LocalDate.of(2011, 1, 1), "EC", LocalDate.of(2011, 1, 1)),
        EnumSet.of(Branch.OLD_AGE, Branch.INVALIDITY, Branch.SURVIVORS, Branch.WORK_INJURY),
        "Convenio España–Ecuador (totalisation; article not verified)",
        "Convenio España–Ecuador (pro-rata; article not verified)",
        ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE,
        "Convenio España–Ecuador (choice rule not verified; modelled like CMISS art. 13.1.a)",
        null,
        List.of("Article numbers not verified; replaced the 1960 convention"));
  }

  /** Convenio de Seguridad Social entre el Reino de España y la República de Colombia (Bogotá, 6 Sep 2005). */
  public static Agreement spainColombia() {
    return new Agreement(
        SPAIN_COLOMBIA,
        "Spain–Colombia Social Security Convention (2005)",
        "Convenio de Seguridad Social entre el Reino de España y la República de Colombia, Bogotá 6 Sep 2005"
            + " (BOE no. 54 of 3 Mar 2008; in force 2008-03-01)",
        Map.of("ES", LocalDate.of(2008, 3, 1), "CO", LocalDate.of(2008, 3, 1)),
        PENSIONS,
        "Convenio España–Colombia art. 8 (totalisation of periods)",
        "Convenio España–Colombia (pro-rata; article not verified)",
        ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE,
        "Convenio España–Colombia art. 9 (totalisation only when national periods do not give entitlement)",
        null,
        List.of("Work injury, temporary incapacity, maternity, unemployment, family and health care excluded"));
  }
}
