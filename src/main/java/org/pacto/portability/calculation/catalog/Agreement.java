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
    List<String> notes) {

  public Agreement {
    effectiveFrom = Map.copyOf(effectiveFrom);
    branches = Set.copyOf(branches);
    notes = List.copyOf(notes);
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
