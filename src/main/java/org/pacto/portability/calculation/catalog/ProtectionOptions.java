package org.pacto.portability.calculation.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person can do for a pair of countries that no agreement in force links (seed 001 note 9):
 * keep contributing voluntarily to the scheme of the country of origin from abroad, join a welfare
 * fund for nationals abroad, register at the consulate, and know the agreements signed but not in
 * force. Only schemes whose source could be named are listed; any other country gets the general
 * advice only.
 */
public final class ProtectionOptions {

  /** Voluntary schemes open to nationals living abroad, per country of origin. */
  private static final Map<String, ProtectionOption> VOLUNTARY_ABROAD = Map.of(
      "MX", new ProtectionOption(ProtectionOption.VOLUNTARY, "mx-imss-voluntary-continuation", "MX", List.of(),
          "Ley del Seguro Social (1997) art. 218 (continuación voluntaria en el régimen obligatorio)"),
      "EC", new ProtectionOption(ProtectionOption.VOLUNTARY, "ec-iess-voluntary-abroad", "EC", List.of(),
          "IESS, Resolución C.D. 467 (in force 20 March 2014), art. 9; IESS, afiliación voluntaria de ecuatorianos"
              + " domiciliados en el exterior"),
      "CO", new ProtectionOption(ProtectionOption.VOLUNTARY, "co-voluntary-affiliation-abroad", "CO", List.of(),
          "Ley 100 de 1993 art. 15 num. 2 (as amended by Ley 797 de 2003 art. 3): afiliados voluntarios, including"
              + " colombianos domiciliados en el exterior"),
      "PE", new ProtectionOption(ProtectionOption.VOLUNTARY, "pe-onp-facultative", "PE", List.of(),
          "Decreto Ley 19990 (Sistema Nacional de Pensiones): asegurados facultativos (article not verified)"));

  /** Welfare funds run for nationals working abroad. */
  private static final Map<String, ProtectionOption> WELFARE_FUNDS = Map.of(
      "PH", new ProtectionOption(ProtectionOption.WELFARE_FUND, "ph-owwa", "PH", List.of(),
          "Republic Act No. 10801 (Overseas Workers Welfare Administration Act, 2016)"));

  private static final String CONSULAR_SOURCE =
      "Vienna Convention on Consular Relations (1963) art. 5(a), (e) and (f) (consular functions)";

  private ProtectionOptions() {}

  /** The voluntary scheme abroad catalogued for {@code country}, if any. */
  public static Optional<ProtectionOption> voluntaryAbroad(String country) {
    return Optional.ofNullable(VOLUNTARY_ABROAD.get(country));
  }

  /** Whether any agreement covering {@code branch} applies to both {@code a} and {@code b} on {@code date}. */
  public static boolean linked(List<Agreement> agreements, String a, String b, Branch branch, LocalDate date) {
    return agreements.stream().anyMatch(x -> x.covers(branch) && x.inForceFor(a, date) && x.inForceFor(b, date));
  }

  /**
   * The options for every pair of {@code countries} that no agreement in force links; empty when every
   * pair is linked. Each option appears once.
   */
  public static List<ProtectionOption> forUnlinkedPairs(List<Agreement> agreements, List<String> countries,
      Branch branch, LocalDate date) {
    Set<ProtectionOption> options = new LinkedHashSet<>();
    Set<String> unlinkedCountries = new LinkedHashSet<>();
    for (int i = 0; i < countries.size(); i++) {
      for (int j = i + 1; j < countries.size(); j++) {
        String a = countries.get(i);
        String b = countries.get(j);
        if (linked(agreements, a, b, branch, date)) {
          continue;
        }
        unlinkedCountries.add(a);
        unlinkedCountries.add(b);
        options.addAll(notInForce(agreements, a, b, branch, date));
      }
    }
    if (unlinkedCountries.isEmpty()) {
      return List.of();
    }
    List<ProtectionOption> result = new ArrayList<>();
    for (String c : unlinkedCountries) {
      voluntaryAbroad(c).ifPresent(result::add);
      Optional.ofNullable(WELFARE_FUNDS.get(c)).ifPresent(result::add);
    }
    result.addAll(options);
    result.add(new ProtectionOption(ProtectionOption.CONSULAR, "consular-registration", null, List.of(),
        CONSULAR_SOURCE));
    return result;
  }

  /** Agreements covering the branch that both states signed or joined but that do not link them on {@code date}. */
  private static List<ProtectionOption> notInForce(List<Agreement> agreements, String a, String b, Branch branch,
      LocalDate date) {
    List<ProtectionOption> found = new ArrayList<>();
    for (Agreement agreement : agreements) {
      if (!agreement.covers(branch)) {
        continue;
      }
      var statusA = agreement.statusOf(a, date);
      var statusB = agreement.statusOf(b, date);
      if (statusA.isPresent() && statusB.isPresent()) {
        String source = agreement.signatories().stream()
            .filter(s -> s.country().equals(a) || s.country().equals(b)).map(Signatory::source)
            .findFirst().orElse(agreement.source());
        found.add(new ProtectionOption(ProtectionOption.NOT_IN_FORCE, "agreement-not-in-force", null,
            List.of(agreement.name(), a, statusA.get(), b, statusB.get()), source));
      }
    }
    return found;
  }
}
