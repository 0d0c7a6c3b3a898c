package org.pacto.portability.calculation.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A social-security agreement between states.
 *
 * @param effectiveFrom date from which the agreement applies, per party (ISO alpha-2)
 * @param totalisationSource article providing totalisation of periods
 * @param proRataSource article providing the theoretical/pro-rata calculation
 * @param choiceSource article providing the choice between independent and pro-rata amount
 * @param notes source notes, including anything not verified
 * @param signatories states that signed but where the agreement does not apply, with their status
 */
public record Agreement(
    String id,
    String name,
    String source,
    Map<String, LocalDate> effectiveFrom,
    Set<Branch> branches,
    String totalisationSource,
    String proRataSource,
    ChoiceRule choiceRule,
    String choiceSource,
    @Nullable ShortPeriodRule shortPeriodRule,
    List<String> notes,
    List<Signatory> signatories) {

  public Agreement {
    effectiveFrom = Map.copyOf(effectiveFrom);
    branches = Set.copyOf(branches);
    notes = List.copyOf(notes);
    signatories = List.copyOf(signatories);
  }

  /** An agreement without signatories beyond the states where it applies. */
  public Agreement(String id, String name, String source, Map<String, LocalDate> effectiveFrom, Set<Branch> branches,
      String totalisationSource, String proRataSource, ChoiceRule choiceRule, String choiceSource,
      @Nullable ShortPeriodRule shortPeriodRule, List<String> notes) {
    this(id, name, source, effectiveFrom, branches, totalisationSource, proRataSource, choiceRule, choiceSource,
        shortPeriodRule, notes, List.of());
  }

  /**
   * How far {@code country} has gone with this agreement on {@code date}: in force, a step recorded
   * for a signatory, or empty when it is neither a party nor a signatory. A party whose date has not
   * come yet counts as having signed the Implementation Agreement (the dates are those it applies from).
   */
  public Optional<SignatoryStatus> statusOf(String country, LocalDate date) {
    if (inForceFor(country, date)) {
      return Optional.of(SignatoryStatus.IN_FORCE);
    }
    if (isParty(country)) {
      return Optional.of(SignatoryStatus.IMPLEMENTATION_AGREEMENT_SIGNED);
    }
    return signatories.stream().filter(s -> s.country().equals(country)).map(Signatory::status).findFirst();
  }

  public boolean isParty(String country) {
    return effectiveFrom.containsKey(country);
  }

  /** True when {@code country} is a party and the agreement applies to it on {@code date}. */
  public boolean inForceFor(String country, LocalDate date) {
    LocalDate from = effectiveFrom.get(country);
    return from != null && !from.isAfter(date);
  }

  public boolean covers(Branch branch) {
    return branches.contains(branch);
  }

  public Optional<ShortPeriodRule> shortPeriods() {
    return Optional.ofNullable(shortPeriodRule);
  }
}
