package org.pacto.portability.calculation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * An insurance period completed in one country.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param scheme optional national scheme name
 */
public record InsurancePeriod(
    String country, LocalDate from, LocalDate to, PeriodKind kind, @Nullable String scheme) {

  public InsurancePeriod(String country, LocalDate from, LocalDate to, PeriodKind kind) {
    this(country, from, to, kind, null);
  }

  /** Calendar days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }
}
