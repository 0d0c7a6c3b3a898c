package org.pacto.portability.calculation.catalog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a national legislation turns insurance periods into an amount. */
public sealed interface AmountFormula {

  String source();

  /**
   * Percentage of a reference wage: {@code basePercent} once {@code thresholdDays} are reached,
   * plus increments per whole unit beyond the threshold, capped at {@code maxPercent} when given.
   */
  record PercentageScale(
      BigDecimal basePercent,
      PeriodLength threshold,
      PeriodUnit incrementUnit,
      List<Increment> increments,
      @Nullable BigDecimal maxPercent,
      String source)
      implements AmountFormula {

    public PercentageScale {
      increments = List.copyOf(increments);
    }

    /** The percentage earned by {@code calendarDays} of insurance. */
    public BigDecimal percentFor(long calendarDays) {
      long thresholdDays = threshold.toCalendarDays();
      BigDecimal percent = basePercent;
      long beyond = Math.max(0, PeriodLength.wholeUnits(calendarDays - thresholdDays, incrementUnit));
      for (Increment increment : increments) {
        long used = Math.min(beyond, increment.units());
        percent = percent.add(increment.percentPerUnit().multiply(BigDecimal.valueOf(used)));
        beyond -= used;
      }
      if (maxPercent != null && percent.compareTo(maxPercent) > 0) {
        return maxPercent;
      }
      return percent;
    }
  }

  /**
   * A rate that falls as earnings rise (Colombia, Ley 100 de 1993 art. 34 as amended by Ley 797 de
   * 2003 art. 10): {@code r = intercept - slope x s}, s being the reference wage in legal minimum wages,
   * kept between {@code lowestRate} and {@code highestRate}, for the minimum period; then
   * {@code stepPercent} per complete {@code step} beyond the {@code threshold}, at most {@code maxSteps};
   * never less than one minimum wage.
   *
   * @param minimumWage the legal monthly minimum wage of the year applied
   * @param minimumWageSource the decree fixing it
   */
  record IncomeScaledRate(
      BigDecimal intercept,
      BigDecimal slope,
      BigDecimal lowestRate,
      BigDecimal highestRate,
      PeriodLength threshold,
      PeriodLength step,
      BigDecimal stepPercent,
      int maxSteps,
      BigDecimal minimumWage,
      String minimumWageSource,
      String source)
      implements AmountFormula {

    /** The percentage of {@code wage} earned by {@code calendarDays} of insurance. */
    public BigDecimal percentFor(long calendarDays, BigDecimal wage) {
      BigDecimal s = wage.divide(minimumWage, java.math.MathContext.DECIMAL64);
      BigDecimal rate = intercept.subtract(slope.multiply(s)).max(lowestRate).min(highestRate);
      long beyond = PeriodLength.wholeUnits(calendarDays, threshold.unit()) - threshold.amount();
      long steps = Math.max(0, Math.min(maxSteps, Math.floorDiv(Math.max(0, beyond), step.amount())));
      return rate.add(stepPercent.multiply(BigDecimal.valueOf(steps)));
    }
  }

  /**
   * A flat amount plus a percentage scale of the reference wage (Argentina, Ley 24.241: the universal
   * basic benefit, PBU, plus 1.5 % a year of the average wage, PC and PAP).
   *
   * @param flatAmount the flat part for the month of the claim
   * @param flatSource the act fixing it
   */
  record FlatPlusScale(BigDecimal flatAmount, String flatSource, PercentageScale scale, String source)
      implements AmountFormula {}

  /**
   * Portugal, Decreto-Lei 187/2007 art. 29 to 32: a yearly accrual rate per complete year (at most
   * {@code maxYears}); up to {@code flatYears} years the rate is {@code flatRate}, beyond it the rate
   * depends on the portion of the reference wage in each bracket of the reference unit (IAS), richer
   * portions accruing less; the global rate is never below {@code minimumGlobalPercent}.
   *
   * @param brackets upper bounds in reference units (the last {@code null}: no bound) and their rates
   * @param referenceUnit the reference unit's amount (IAS) for the year applied
   * @param referenceUnitSource the act fixing it
   */
  record EarningsBracketAccrual(
      List<Bracket> brackets,
      BigDecimal referenceUnit,
      String referenceUnitSource,
      BigDecimal flatRate,
      long flatYears,
      long maxYears,
      BigDecimal minimumGlobalPercent,
      String source)
      implements AmountFormula {

    public EarningsBracketAccrual {
      brackets = List.copyOf(brackets);
    }

    /** Complete years counted (987/2009 art. 13 years), at most {@code maxYears}. */
    public long years(long calendarDays) {
      return Math.min(maxYears, PeriodLength.wholeUnits(calendarDays, PeriodUnit.YEARS));
    }

    /** The global rate, in percent of {@code wage}, earned by {@code calendarDays} of insurance. */
    public BigDecimal percentFor(long calendarDays, BigDecimal wage) {
      long n = years(calendarDays);
      BigDecimal global;
      if (n <= flatYears || wage.signum() <= 0) {
        global = flatRate.multiply(BigDecimal.valueOf(n));
      } else {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (Bracket bracket : brackets) {
          BigDecimal upper = bracket.upTo() == null ? wage : bracket.upTo().multiply(referenceUnit).min(wage);
          if (upper.compareTo(lower) > 0) {
            weighted = weighted.add(upper.subtract(lower).multiply(bracket.ratePerYear()));
          }
          if (upper.compareTo(wage) >= 0) {
            break;
          }
          lower = upper;
        }
        global = weighted.divide(wage, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(n));
      }
      return global.max(minimumGlobalPercent);
    }
  }

  /**
   * A base percentage chosen by the band the reference wage falls in, counted in minimum wages (richer
   * bands get less), for the first {@code threshold} of insurance, plus {@code percentPerUnit} for each
   * complete {@code incrementUnit} beyond it (Costa Rica, Reglamento del Seguro de IVM art. 24: "cuantía
   * básica" by salary band and "cuantía adicional" per monthly contribution beyond the threshold).
   *
   * @param bands in ascending order; the last has no upper bound
   * @param minimumWage the monthly minimum wage of the year applied
   * @param minimumWageSource the act or publication giving it
   */
  record WageBandScale(
      List<WageBand> bands,
      BigDecimal minimumWage,
      String minimumWageSource,
      PeriodLength threshold,
      PeriodUnit incrementUnit,
      BigDecimal percentPerUnit,
      String source)
      implements AmountFormula {

    public WageBandScale {
      bands = List.copyOf(bands);
      if (bands.isEmpty() || bands.getLast().below() != null) {
        throw new IllegalArgumentException("the last band must have no upper bound");
      }
    }

    /** The base percentage of the band {@code wage} falls in. */
    public BigDecimal basePercent(BigDecimal wage) {
      BigDecimal multiples = wage.divide(minimumWage, MathContext.DECIMAL64);
      for (WageBand band : bands) {
        if (band.below() == null || multiples.compareTo(band.below()) < 0) {
          return band.percent();
        }
      }
      throw new IllegalStateException("unreachable: the last band has no bound");
    }

    /** The percentage of {@code wage} earned by {@code calendarDays} of insurance. */
    public BigDecimal percentFor(long calendarDays, BigDecimal wage) {
      long beyond = Math.max(0, PeriodLength.wholeUnits(calendarDays - threshold.toCalendarDays(), incrementUnit));
      return basePercent(wage).add(percentPerUnit.multiply(BigDecimal.valueOf(beyond)));
    }
  }

  /** A band of {@link WageBandScale}: wages below {@code below} minimum wages ({@code null}: no bound). */
  record WageBand(@Nullable BigDecimal below, BigDecimal percent) {}

  /** A bracket of {@link EarningsBracketAccrual}: up to {@code upTo} reference units, {@code ratePerYear} %. */
  record Bracket(@Nullable BigDecimal upTo, BigDecimal ratePerYear) {}

  /**
   * Survivors: {@code percent} of the pension the deceased received or would have received, computed
   * with {@code pension} on the deceased's periods and reference wage.
   */
  record ShareOfPension(BigDecimal percent, AmountFormula pension, String source) implements AmountFormula {}

  /** {@code units} whole units each adding {@code percentPerUnit} percentage points. */
  record Increment(long units, BigDecimal percentPerUnit) {}

  /** A flat amount once the conditions are met, independent of the length of periods. */
  record FlatAmount(BigDecimal amount, String source) implements AmountFormula {}

  /**
   * Individual accounts: the benefit is the account balance (and what it buys), which cannot be
   * computed from insurance periods.
   */
  record DefinedContribution(String source) implements AmountFormula {}
}
