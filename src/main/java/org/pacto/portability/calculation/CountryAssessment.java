package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.portability.calculation.catalog.AmountFormula;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.ChoiceRule;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.ShortPeriodRule;

/**
 * The calculation for one country under one agreement (or none): steps (1) to (7) of the
 * algorithm, each recorded with its source.
 */
final class CountryAssessment {

  private final String country;
  private final @Nullable Agreement agreement;
  private final List<InsurancePeriod> periods;
  private final LocalDate claimDate;
  private final Period age;
  private final Function<String, NationalRule> rules;
  private final @Nullable ReferenceEarnings earnings;
  private final @Nullable String schemeCurrency;

  private final List<Step> steps = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();

  CountryAssessment(
      String country,
      @Nullable Agreement agreement,
      List<InsurancePeriod> periods,
      LocalDate claimDate,
      Period age,
      Function<String, NationalRule> rules,
      @Nullable ReferenceEarnings earnings,
      @Nullable String schemeCurrency) {
    this.country = country;
    this.agreement = agreement;
    this.periods = periods;
    this.claimDate = claimDate;
    this.age = age;
    this.rules = rules;
    this.earnings = earnings;
    this.schemeCurrency = schemeCurrency;
  }

  CountryResult assess() {
    NationalRule rule = rules.apply(country);
    // (1) normalise this country's own periods.
    List<InsurancePeriod> own = periodsOf(Set.of(country));
    InsuranceLedger alone = InsuranceLedger.of(own);
    long daysAlone = alone.days(country);
    step("Periods in " + country + ": " + own.size() + " period(s), " + daysAlone
        + " calendar days, each day counted once", InsuranceLedger.OVERLAP_SOURCE);
    describeRule(rule);

    // (3) eligibility on this country's periods alone.
    Boolean eligibleAlone = rule.entitled(daysAlone, age);
    step("Entitlement on " + country + " periods alone (" + daysAlone + " days, age " + ageText() + "): "
        + yesNo(eligibleAlone), rule.minimumSource());
    if (rule.minimumPeriod() != null && !rule.pensionAgeReached(age, Long.MAX_VALUE)) {
      warn("pension-age-not-reached", "Age " + ageText() + " on " + claimDate + " is below every pension age of "
          + country + " (" + ages(rule) + ")");
    }

    // (2) + (4) totalisation under the agreement.
    Set<String> linked = linkedCountries();
    InsuranceLedger ledger = InsuranceLedger.of(periodsOf(linked));
    reportLedger(agreement == null ? alone : ledger);
    long ownDays = ledger.days(country);
    long totalDays = ledger.totalDays();
    long maxDays = rule.maximumDays();
    long cappedTotal = Math.min(totalDays, maxDays);
    Boolean eligibleTotal = eligibleAlone;
    if (agreement != null) {
      step("Agreement " + agreement.name() + " is in force on " + claimDate + " between " + String.join(", ", linked)
          + " and covers the benefit", agreement.source());
      step("Totalised periods: " + linked.stream().map(c -> c + " " + ledger.days(c) + " days")
          .collect(Collectors.joining(", ")) + "; total " + totalDays + " days", agreement.totalisationSource());
      if (cappedTotal < totalDays) {
        step("Total capped at the national maximum of " + rule.maximumPeriod() + " (" + maxDays + " days)",
            capSource(rule));
      }
      eligibleTotal = rule.entitled(totalDays, age);
      step("Entitlement with totalisation (" + totalDays + " days): " + yesNo(eligibleTotal), agreement.totalisationSource());
    }

    // (5) amounts.
    Amounts amounts = amounts(rule);
    BigDecimal independent = null;
    BigDecimal theoretical = null;
    BigDecimal proRata = null;
    if (amounts.computable() && Boolean.TRUE.equals(eligibleAlone)) {
      independent = amounts.forDays(Math.min(daysAlone, maxDays));
      step("Independent amount on " + Math.min(daysAlone, maxDays) + " days: " + independent + " " + amounts.currency(),
          amounts.source());
    }

    ShortPeriods shortPeriods = agreement == null ? ShortPeriods.NONE : shortPeriods(linked, ledger);
    if (agreement != null && amounts.computable() && Boolean.TRUE.equals(eligibleTotal)) {
      theoretical = amounts.forDays(cappedTotal);
      step("Theoretical amount as if all " + cappedTotal + " days were completed in " + country + ": " + theoretical
          + " " + amounts.currency(), agreement.proRataSource());
      long denominator = Math.min(totalDays - shortPeriods.releasedDays(), maxDays);
      long numerator = Math.min(ownDays, denominator);
      BigDecimal ratio = denominator <= 0 ? BigDecimal.ZERO : Money.fraction(numerator, denominator);
      proRata = Money.cents(theoretical.multiply(ratio, Money.PRECISION));
      step("Pro-rata amount = " + theoretical + " x " + numerator + " / " + denominator + " = " + proRata,
          agreement.proRataSource() + (denominator < totalDays - shortPeriods.releasedDays() ? "; " + capSource(rule) : "")
              + (shortPeriods.releasedDays() > 0 ? "; " + shortPeriods.rule().source() + "(2)" : ""));
    }

    // (6) short periods and choice.
    String basis;
    BigDecimal due = null;
    if (eligibleTotal == null) {
      basis = "rule-missing";
    } else if (!eligibleTotal) {
      basis = "not-eligible";
      due = BigDecimal.ZERO.setScale(2);
      step("Not entitled" + (agreement == null ? "" : " even with totalisation") + ": nothing is due", rule.minimumSource());
    } else if (agreement == null) {
      basis = "independent";
      due = independent;
    } else if (shortPeriods.released().contains(country) && !shortPeriods.paysAll(country)) {
      basis = "released-short-period";
      due = BigDecimal.ZERO.setScale(2);
      step(country + " has " + ownDays + " days (under " + shortPeriods.rule().minimumDays()
          + ") and no entitlement on them alone: it pays nothing, the other states count these periods",
          shortPeriods.rule().source() + "(1)");
    } else if (shortPeriods.paysAll(country)) {
      basis = "last-state-all-periods";
      due = theoretical;
      step("Every state would be released; " + country + " is the last state and pays as if all periods were its own",
          shortPeriods.rule().source() + "(3)");
    } else {
      boolean independentChosen = Boolean.TRUE.equals(eligibleAlone)
          && (agreement.choiceRule() == ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE
              || independent == null || proRata == null || independent.compareTo(proRata) >= 0);
      basis = independentChosen ? "independent" : "pro-rata";
      due = independentChosen ? independent : proRata;
      step(choiceText(independentChosen), agreement.choiceSource());
    }
    if (!amounts.computable() && eligibleTotal != null && eligibleTotal) {
      step("The basis would be '" + basis + "' but the amount cannot be computed: " + amounts.reason(), amounts.source());
      basis = amounts.definedContribution() ? "defined-contribution" : "rule-missing";
      due = null;
    }
    if (due != null) {
      step("Amount due from " + country + ": " + due + " " + amounts.currency() + " (" + basis + ")",
          agreement == null ? amounts.source() : agreement.choiceSource());
    }
    ruleWarnings(rule);
    return new CountryResult(country, agreement == null ? null : agreement.id(), eligibleAlone, eligibleTotal,
        independent, theoretical, proRata, due, amounts.currency(), basis, daysAlone,
        agreement == null ? daysAlone : totalDays, steps, warnings);
  }

  private String choiceText(boolean independentChosen) {
    if (agreement == null) {
      return "";
    }
    if (agreement.choiceRule() == ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE) {
      return independentChosen
          ? "Entitled on national periods alone: the national (independent) benefit applies; the person may ask"
              + " for totalisation instead"
          : "Not entitled on national periods alone: the pro-rata benefit applies";
    }
    return independentChosen
        ? "The independent amount is not lower than the pro-rata amount: the independent amount is paid"
        : "The pro-rata amount is higher (or the only one): the pro-rata amount is paid";
  }

  /** Countries totalised with this one: itself plus the parties in force where the person has periods. */
  private Set<String> linkedCountries() {
    Set<String> linked = new LinkedHashSet<>();
    linked.add(country);
    if (agreement != null) {
      periods.stream().map(InsurancePeriod::country)
          .filter(c -> agreement.inForceFor(c, claimDate))
          .forEach(linked::add);
    }
    return linked;
  }

  private List<InsurancePeriod> periodsOf(Set<String> countries) {
    return periods.stream().filter(p -> countries.contains(p.country())).toList();
  }

  private record ShortPeriods(@Nullable ShortPeriodRule rule, Set<String> released, long releasedDays,
      @Nullable String lastState) {
    static final ShortPeriods NONE = new ShortPeriods(null, Set.of(), 0, null);

    boolean paysAll(String state) {
      return state.equals(lastState);
    }

    @Override
    public ShortPeriodRule rule() {
      return java.util.Objects.requireNonNull(rule);
    }
  }

  /** Regulation 883/2004 art. 57 style release of states with short periods. */
  private ShortPeriods shortPeriods(Set<String> linked, InsuranceLedger ledger) {
    if (agreement == null || agreement.shortPeriodRule() == null) {
      return ShortPeriods.NONE;
    }
    ShortPeriodRule shortRule = agreement.shortPeriodRule();
    Set<String> released = new LinkedHashSet<>();
    long releasedDays = 0;
    for (String state : linked) {
      long days = ledger.days(state);
      if (days >= shortRule.minimumDays()) {
        continue;
      }
      long daysOnlyThere = InsuranceLedger.of(periodsOf(Set.of(state))).days(state);
      Boolean alone = rules.apply(state).entitled(daysOnlyThere, age);
      if (!Boolean.TRUE.equals(alone)) {
        released.add(state);
        releasedDays += days;
      }
    }
    String last = null;
    if (released.size() == linked.size() && shortRule.lastStatePaysAllIfAllReleased()) {
      last = periodsOf(linked).stream().max(Comparator.comparing(InsurancePeriod::to)).map(InsurancePeriod::country)
          .orElse(null);
      releasedDays = 0;
    }
    return new ShortPeriods(shortRule, released, releasedDays, last);
  }

  private record Amounts(@Nullable AmountFormula formula, @Nullable BigDecimal wage, @Nullable String currency,
      String reason) {
    boolean computable() {
      return formula instanceof FlatAmount || (formula instanceof PercentageScale && wage != null);
    }

    boolean definedContribution() {
      return formula instanceof DefinedContribution;
    }

    String source() {
      return formula == null ? "national rule missing" : formula.source();
    }

    BigDecimal forDays(long days) {
      return switch (formula) {
        case PercentageScale scale -> Money.cents(Money.percentOf(scale.percentFor(days), java.util.Objects.requireNonNull(wage)));
        case FlatAmount flat -> Money.cents(flat.amount());
        case null, default -> throw new IllegalStateException("amount not computable");
      };
    }
  }

  private Amounts amounts(NationalRule rule) {
    String currency = earnings != null ? earnings.currency() : schemeCurrency;
    AmountFormula formula = rule.formula();
    if (formula == null) {
      return new Amounts(null, null, currency, "the national amount formula is not catalogued");
    }
    if (formula instanceof DefinedContribution dc) {
      warn("defined-contribution", country + " pays from an individual account: the amount is the account balance"
          + " and cannot be computed from insurance periods (" + dc.source() + ")");
      return new Amounts(formula, null, currency, "individual-account (defined-contribution) scheme");
    }
    if (formula instanceof PercentageScale && earnings == null) {
      warn("reference-earnings-missing", "No reference earnings given for " + country + ": amounts are not computed");
      return new Amounts(formula, null, currency, "no reference earnings for " + country);
    }
    return new Amounts(formula, earnings == null ? null : earnings.referenceWage(), currency, "");
  }

  private void describeRule(NationalRule rule) {
    if (rule.minimumPeriod() != null) {
      step(country + " (" + rule.scheme() + "): minimum period " + rule.minimumPeriod()
          + (rule.minimumPeriod().unit() == PeriodUnit.CALENDAR_DAYS ? "" : " (days converted)"),
          rule.minimumSource() + (rule.minimumPeriod().unit() == PeriodUnit.CALENDAR_DAYS ? "" : "; " + PeriodUnit.CONVERSION_SOURCE));
    }
    for (var condition : rule.pensionAges()) {
      step(country + " pension age route: " + condition.describe(), condition.source());
    }
  }

  private void reportLedger(InsuranceLedger ledger) {
    for (InsuranceLedger.Overlap o : ledger.overlaps()) {
      warn("overlap-resolved", o.days() + " overlapping days: " + o.winner().country() + " " + o.winner().kind()
          + " period from " + o.winner().from() + " counted, " + o.loser().country() + " " + o.loser().kind()
          + " period from " + o.loser().from() + " not counted for those days (" + InsuranceLedger.OVERLAP_SOURCE + ")");
    }
    for (InsuranceLedger.Gap g : ledger.gaps()) {
      warn("gap", "No insurance recorded from " + g.from() + " to " + g.to() + " (" + g.days() + " days)");
    }
  }

  private void ruleWarnings(NationalRule rule) {
    if (!rule.missing().isEmpty()) {
      warn("national-rule-missing", "National rule of " + country + " not catalogued: " + String.join("; ", rule.missing()));
    }
  }

  private String capSource(NationalRule rule) {
    String national = rule.maximumSource();
    if (agreement != null && "eu-883-2004".equals(agreement.id())) {
      return "Regulation (EC) 883/2004 art. 56(1)(a); " + national;
    }
    return national;
  }

  private static String ages(NationalRule rule) {
    return rule.pensionAges().stream().map(c -> c.describe()).collect(Collectors.joining(" or "));
  }

  private String ageText() {
    return age.getYears() + "y " + age.getMonths() + "m";
  }

  private static String yesNo(@Nullable Boolean value) {
    return value == null ? "undetermined (national rule missing)" : value ? "yes" : "no";
  }

  private void step(String text, String source) {
    steps.add(new Step(text, source));
  }

  private void warn(String code, String message) {
    warnings.add(new Warning(code, message));
  }
}
