package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.AmountFormula;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.AmountFormula.EarningsBracketAccrual;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatPlusScale;
import org.pacto.portability.calculation.catalog.AmountFormula.IncomeScaledRate;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.AmountFormula.ShareOfPension;
import org.pacto.portability.calculation.catalog.AmountFormula.WageBandScale;

/**
 * A country's amount formula with the reference wage it applies to (step 5 of the algorithm), or why it
 * cannot be computed ({@code reason}: formula-missing, defined-contribution, earnings-missing).
 */
record Amounts(@Nullable AmountFormula formula, @Nullable BigDecimal wage, @Nullable String currency,
    String reason) {
  boolean computable() {
    return formula instanceof FlatAmount || (needsWage(formula) && wage != null);
  }

  boolean definedContribution() {
    return formula instanceof DefinedContribution;
  }

  String source() {
    return formula == null ? "national rule missing" : formula.source();
  }

  BigDecimal forDays(long days) {
    return amountOf(formula, days);
  }

  private BigDecimal amountOf(@Nullable AmountFormula applied, long days) {
    return switch (applied) {
      case ShareOfPension share -> Money.cents(Money.percentOf(share.percent(), amountOf(share.pension(), days)));
      case PercentageScale scale -> Money.cents(Money.percentOf(scale.percentFor(days), Objects.requireNonNull(wage)));
      case FlatAmount flat -> Money.cents(flat.amount());
      case IncomeScaledRate rate -> {
        BigDecimal w = Objects.requireNonNull(wage);
        yield Money.cents(Money.percentOf(rate.percentFor(days, w), w)).max(Money.cents(rate.minimumWage()));
      }
      case FlatPlusScale sum -> Money.cents(sum.flatAmount().add(
          Money.percentOf(sum.scale().percentFor(days), Objects.requireNonNull(wage))));
      case EarningsBracketAccrual accrual -> {
        BigDecimal w = Objects.requireNonNull(wage);
        yield Money.cents(Money.percentOf(accrual.percentFor(days, w), w));
      }
      case WageBandScale bands -> {
        BigDecimal w = Objects.requireNonNull(wage);
        yield Money.cents(Money.percentOf(bands.percentFor(days, w), w));
      }
      case null, default -> throw new IllegalStateException("amount not computable");
    };
  }

  /** Formulas that apply to a reference wage (the others are flat or cannot be computed). */
  static boolean needsWage(@Nullable AmountFormula formula) {
    return formula instanceof PercentageScale || formula instanceof IncomeScaledRate
        || formula instanceof FlatPlusScale || formula instanceof EarningsBracketAccrual
        || formula instanceof WageBandScale
        || (formula instanceof ShareOfPension share && needsWage(share.pension()));
  }

}
