package org.pacto.portability.calculation.catalog;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The national old-age rule applying to one claim. A {@code null} part is missing (unsourced) and
 * named in {@link #missing()}; the engine then reports a "national-rule-missing" warning instead of
 * guessing.
 *
 * @param minimumPeriod minimum insurance period for entitlement
 * @param minimumSource legal source of the minimum period
 * @param pensionAges alternative routes (age, optional longer period); empty when the age is missing
 * @param formula amount formula
 * @param maximumPeriod longest period the legislation counts (full benefit), if any
 * @param notes conditions known but not modelled
 * @param minimumWithin when set, the minimum period must fall within this span before the date the
 *     risk materialised (e.g. Colombia: 50 weeks in the last 3 years); {@code null}: any time
 * @param minimumAnyTime with {@code minimumWithin}, a longer period that also gives entitlement when
 *     completed at any time (Spain's survivors: 15 years when the deceased was not working)
 */
public record NationalRule(
    String country,
    String scheme,
    @Nullable PeriodLength minimumPeriod,
    String minimumSource,
    List<AgeCondition> pensionAges,
    @Nullable AmountFormula formula,
    @Nullable PeriodLength maximumPeriod,
    String maximumSource,
    List<String> missing,
    List<String> notes,
    @Nullable Period minimumWithin,
    @Nullable PeriodLength minimumAnyTime,
    String typeASource) {

  public NationalRule {
    pensionAges = List.copyOf(pensionAges);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
  }

  public static Builder builder(String country, String scheme) {
    return new Builder(country, scheme);
  }

  /** A rule with nothing sourced. */
  public static NationalRule unavailable(String country, String reason) {
    return builder(country, "unknown").missing(reason).build();
  }

  /**
   * Entitlement on {@code calendarDays} of insurance at {@code age}: {@code null} when the minimum
   * period is missing (undetermined).
   */
  public @Nullable Boolean entitled(long calendarDays, Period age) {
    if (minimumPeriod == null) {
      return null;
    }
    if (!minimumPeriod.reachedBy(calendarDays)) {
      return false;
    }
    if (pensionAges.isEmpty()) {
      return true;
    }
    return pensionAges.stream().anyMatch(c -> c.satisfiedBy(age, calendarDays));
  }

  public boolean pensionAgeReached(Period age, long calendarDays) {
    return pensionAges.isEmpty() || pensionAges.stream().anyMatch(c -> c.satisfiedBy(age, calendarDays));
  }

  /** Invalidity legislation of type A (883/2004 art. 44(1)): the amount does not depend on periods. */
  public boolean typeA() {
    return !typeASource.isEmpty();
  }

  /** Calendar days counted at most (987/2009 art. 13 conversion), or {@code Long.MAX_VALUE}. */
  public long maximumDays() {
    return maximumPeriod == null ? Long.MAX_VALUE : maximumPeriod.toCalendarDays();
  }

  /** Mutable builder used by the country classes. */
  public static final class Builder {
    private final String country;
    private final String scheme;
    private @Nullable PeriodLength minimumPeriod;
    private String minimumSource = "";
    private final List<AgeCondition> pensionAges = new ArrayList<>();
    private @Nullable AmountFormula formula;
    private @Nullable PeriodLength maximumPeriod;
    private String maximumSource = "";
    private final List<String> missing = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private @Nullable Period minimumWithin;
    private boolean noAgeCondition;
    private @Nullable PeriodLength minimumAnyTime;
    private String typeASource = "";

    private Builder(String country, String scheme) {
      this.country = country;
      this.scheme = scheme;
    }

    public Builder minimum(PeriodLength period, String source) {
      this.minimumPeriod = period;
      this.minimumSource = source;
      return this;
    }

    /** The minimum period must fall within {@code span} before the date the risk materialised. */
    public Builder minimumWithin(Period span) {
      this.minimumWithin = span;
      return this;
    }

    /** With {@link #minimumWithin}: this longer period, completed at any time, also gives entitlement. */
    public Builder orAtAnyTime(PeriodLength period) {
      this.minimumAnyTime = period;
      return this;
    }

    /** The benefit has no age condition (invalidity, survivors): no pension age is reported missing. */
    public Builder noAgeCondition() {
      this.noAgeCondition = true;
      return this;
    }

    /** Invalidity legislation listed as type A (883/2004 art. 44(1), Annex VI), with that source. */
    public Builder typeA(String source) {
      this.typeASource = source;
      return this;
    }

    public Builder age(AgeCondition condition) {
      pensionAges.add(condition);
      return this;
    }

    public Builder formula(AmountFormula amountFormula) {
      this.formula = amountFormula;
      return this;
    }

    public Builder maximum(PeriodLength period, String source) {
      this.maximumPeriod = period;
      this.maximumSource = source;
      return this;
    }

    public Builder missing(String what) {
      missing.add(what);
      return this;
    }

    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    public NationalRule build() {
      if (minimumPeriod == null && missing.stream().noneMatch(m -> m.startsWith("minimum"))) {
        missing.add("minimum contribution period");
      }
      if (!noAgeCondition && pensionAges.isEmpty() && missing.stream().noneMatch(m -> m.startsWith("pension age"))) {
        missing.add("pension age");
      }
      if (formula == null && missing.stream().noneMatch(m -> m.startsWith("amount formula"))) {
        missing.add("amount formula");
      }
      return new NationalRule(
          country, scheme, minimumPeriod, minimumSource, pensionAges, formula, maximumPeriod,
          maximumSource, missing, notes, minimumWithin, minimumAnyTime, typeASource);
    }
  }
}
