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
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.portability.calculation.catalog.AmountFormula;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.AmountFormula.EarningsBracketAccrual;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatPlusScale;
import org.pacto.portability.calculation.catalog.AmountFormula.ShareOfPension;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.AmountFormula.IncomeScaledRate;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.ChoiceRule;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.ShortPeriodRule;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/**
 * The calculation for one country under one agreement (or none): steps (1) to (7) of the
 * algorithm, each recorded with its source.
 */
final class CountryAssessment {

  private final String country;
  private final @Nullable Agreement agreement;
  private final List<InsurancePeriod> periods;
  private final LocalDate claimDate;
  private final LocalDate riskDate;
  private final Period age;
  private final Function<String, NationalRule> rules;
  private final Function<Set<String>, InsuranceLedger> ledgers;
  private final boolean explain;
  private final @Nullable ReferenceEarnings earnings;
  private final @Nullable String schemeCurrency;

  private final List<Step> steps = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();

  CountryAssessment(String country, @Nullable Agreement agreement, CareerFacts facts,
      @Nullable ReferenceEarnings earnings, @Nullable String schemeCurrency) {
    this.country = country;
    this.agreement = agreement;
    this.periods = facts.periods();
    this.claimDate = facts.claimDate();
    this.riskDate = facts.riskDate();
    this.age = facts.age();
    this.rules = facts.rules();
    this.ledgers = facts.ledgers();
    this.explain = facts.explain();
    this.earnings = earnings;
    this.schemeCurrency = schemeCurrency;
  }

  CountryResult assess() {
    NationalRule rule = rules.apply(country);
    // (1) normalise this country's own periods.
    List<InsurancePeriod> own = periodsOf(Set.of(country));
    InsuranceLedger alone = ledgers.apply(Set.of(country));
    long daysAlone = alone.days(country);
    step("periods", InsuranceLedger.OVERLAP_SOURCE, country, (long) own.size(), daysAlone);
    if (explain) {
      describeRule(rule);
    }

    // (3) eligibility on this country's periods alone (only the recent ones where the rule asks for them).
    Period window = rule.minimumWithin();
    long qualifyingAlone = window == null ? daysAlone : recentDays(own, window);
    if (window != null) {
      step("recent-periods", rule.minimumSource(), country, (long) window.getYears(), riskDate, qualifyingAlone);
    }
    Boolean eligibleAlone = orAtAnyTime(rule, rule.entitled(qualifyingAlone, age), daysAlone);
    step("entitlement-alone", rule.minimumSource(), country, qualifyingAlone, age, yesNo(eligibleAlone));
    if (rule.minimumPeriod() != null && !rule.pensionAgeReached(age, Long.MAX_VALUE)) {
      warn("pension-age-not-reached", age, claimDate, country, List.copyOf(rule.pensionAges()));
    }

    // (2) + (4) totalisation under the agreement.
    Set<String> linked = linkedCountries();
    InsuranceLedger ledger = ledgers.apply(linked);
    reportLedger(agreement == null ? alone : ledger);
    long ownDays = ledger.days(country);
    long totalDays = ledger.totalDays();
    long maxDays = rule.maximumDays();
    long cappedTotal = Math.min(totalDays, maxDays);
    Boolean eligibleTotal = eligibleAlone;
    if (agreement != null) {
      if (explain) {
        step("agreement-in-force", agreement.source(), agreement.name(), claimDate, List.copyOf(linked));
        step("totalised-periods", agreement.totalisationSource(),
            linked.stream().map(c -> (Object) Text.of("countryDays", c, ledger.days(c))).toList(), totalDays);
      }
      if (cappedTotal < totalDays) {
        step("total-capped", capSource(rule), java.util.Objects.requireNonNull(rule.maximumPeriod()), maxDays);
      }
      long qualifyingTotal = window == null ? totalDays : recentDays(periodsOf(linked), window);
      eligibleTotal = orAtAnyTime(rule, rule.entitled(qualifyingTotal, age), totalDays);
      step("entitlement-totalised", agreement.totalisationSource(), qualifyingTotal, yesNo(eligibleTotal));
    }

    // (5) amounts.
    Amounts amounts = amounts(rule);
    BigDecimal independent = null;
    BigDecimal theoretical = null;
    BigDecimal proRata = null;
    if (amounts.computable() && Boolean.TRUE.equals(eligibleAlone)) {
      independent = amounts.forDays(Math.min(daysAlone, maxDays));
      step("independent-amount", amounts.source(), Math.min(daysAlone, maxDays), independent, currency(amounts));
    }

    @Nullable String typeACompetent = typeACompetentState(rule, linked);
    ShortPeriods shortPeriods = agreement == null || typeACompetent != null ? ShortPeriods.NONE
        : shortPeriods(linked, ledger);
    if (typeACompetent != null && amounts.computable() && Boolean.TRUE.equals(eligibleTotal)) {
      theoretical = amounts.forDays(cappedTotal);
    } else if (agreement != null && amounts.computable() && Boolean.TRUE.equals(eligibleTotal)) {
      theoretical = amounts.forDays(cappedTotal);
      step("theoretical-amount", agreement.proRataSource(), cappedTotal, country, theoretical, currency(amounts));
      long denominator = Math.min(totalDays - shortPeriods.releasedDays(), maxDays);
      long numerator = Math.min(ownDays, denominator);
      BigDecimal ratio = denominator <= 0 ? BigDecimal.ZERO : Money.fraction(numerator, denominator);
      proRata = Money.cents(theoretical.multiply(ratio, Money.PRECISION));
      if (explain) {
        step("pro-rata-amount", agreement.proRataSource()
                + (denominator < totalDays - shortPeriods.releasedDays() ? "; " + capSource(rule) : "")
                + (shortPeriods.releasedDays() > 0 ? "; " + shortPeriods.rule().source() + "(2)" : ""),
            theoretical, numerator, denominator, proRata);
      }
    }

    // (6) short periods and choice.
    String basis;
    BigDecimal due = null;
    if (eligibleTotal == null) {
      basis = "rule-missing";
    } else if (!eligibleTotal) {
      basis = "not-eligible";
      due = BigDecimal.ZERO.setScale(2);
      step(agreement == null ? "not-entitled" : "not-entitled-totalised", rule.minimumSource());
    } else if (agreement == null) {
      basis = "independent";
      due = independent;
    } else if (typeACompetent != null) {
      boolean competent = typeACompetent.equals(country);
      basis = competent ? "type-a-full" : "type-a-other-state";
      due = competent ? theoretical : BigDecimal.ZERO.setScale(2);
      step(competent ? "type-a-competent" : "type-a-not-competent", TYPE_A_SOURCE, country, typeACompetent, riskDate);
    } else if (shortPeriods.released().contains(country) && !shortPeriods.paysAll(country)) {
      basis = "released-short-period";
      due = BigDecimal.ZERO.setScale(2);
      step("released-short-period", shortPeriods.rule().source() + "(1)", country, ownDays,
          (long) shortPeriods.rule().minimumDays());
    } else if (shortPeriods.paysAll(country)) {
      basis = "last-state-all-periods";
      due = theoretical;
      step("last-state-pays-all", shortPeriods.rule().source() + "(3)", country);
    } else {
      boolean independentChosen = Boolean.TRUE.equals(eligibleAlone)
          && (agreement.choiceRule() == ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE
              || independent == null || proRata == null || independent.compareTo(proRata) >= 0);
      basis = independentChosen ? "independent" : "pro-rata";
      due = independentChosen ? independent : proRata;
      step(choiceCode(independentChosen), agreement.choiceSource());
    }
    if (!amounts.computable() && eligibleTotal != null && eligibleTotal) {
      step("amount-not-computable", amounts.source(), Text.of("basis." + basis), Text.of("reason." + amounts.reason()));
      basis = amounts.definedContribution() ? "defined-contribution" : "rule-missing";
      due = null;
    }
    if (due != null) {
      step("amount-due", agreement == null ? amounts.source() : agreement.choiceSource(), country, due,
          currency(amounts), Text.of("basis." + basis));
    }
    ruleWarnings(rule);
    return new CountryResult(country, agreement == null ? null : agreement.id(), eligibleAlone, eligibleTotal,
        independent, theoretical, proRata, due, amounts.currency(), basis, daysAlone,
        agreement == null ? daysAlone : totalDays, steps, warnings);
  }

  private String choiceCode(boolean independentChosen) {
    if (agreement != null && agreement.choiceRule() == ChoiceRule.INDEPENDENT_IF_ENTITLED_ALONE) {
      return independentChosen ? "choice-independent-entitled-alone" : "choice-pro-rata-not-entitled-alone";
    }
    return independentChosen ? "choice-independent-not-lower" : "choice-pro-rata-higher";
  }

  static final String TYPE_A_SOURCE = "Regulation (EC) 883/2004 art. 44(2) and 45 (type A legislations only: the"
      + " institution whose legislation applied when the incapacity arose pays in full, aggregating the others'"
      + " periods; Annex VI)";

  /**
   * Regulation 883/2004 art. 44(2): when every linked legislation is of type A (Annex VI, amount independent
   * of periods), only the state whose legislation applied when the incapacity arose pays, in full; when one
   * is of type B, art. 46(1) sends the claim to the pro-rata rules of old age. The state is the one whose
   * period covers the date of the incapacity, else the last one before it. {@code null}: not such a case.
   */
  private @Nullable String typeACompetentState(NationalRule rule, Set<String> linked) {
    if (agreement == null || !StandardAgreements.EU.equals(agreement.id()) || !rule.typeA()) {
      return null;
    }
    for (String state : linked) {
      if (!rules.apply(state).typeA()) {
        return null;
      }
    }
    InsurancePeriod last = null;
    for (InsurancePeriod p : periods) {
      if (!linked.contains(p.country()) || p.from().isAfter(riskDate)) {
        continue;
      }
      if (!p.to().isBefore(riskDate)) {
        return p.country();
      }
      if (last == null || p.to().isAfter(last.to())) {
        last = p;
      }
    }
    return last == null ? null : last.country();
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

  /** Entitlement through the longer period completed at any time, where the rule has one. */
  private static @Nullable Boolean orAtAnyTime(NationalRule rule, @Nullable Boolean recent, long allDays) {
    PeriodLength anyTime = rule.minimumAnyTime();
    if (Boolean.FALSE.equals(recent) && anyTime != null && anyTime.reachedBy(allDays)) {
      return true;
    }
    return recent;
  }

  /** Days of {@code periods} within the span the rule looks back from the date the risk materialised. */
  private long recentDays(List<InsurancePeriod> periodsToCount, Period window) {
    LocalDate from = riskDate.minus(window).plusDays(1);
    List<InsurancePeriod> clipped = periodsToCount.stream()
        .filter(p -> !p.to().isBefore(from) && !p.from().isAfter(riskDate))
        .map(p -> new InsurancePeriod(p.country(), p.from().isBefore(from) ? from : p.from(),
            p.to().isAfter(riskDate) ? riskDate : p.to(), p.kind(), p.scheme()))
        .toList();
    return InsuranceLedger.of(clipped).totalDays();
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
      long daysOnlyThere = ledgers.apply(Set.of(state)).days(state);
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

  private Amounts amounts(NationalRule rule) {
    String currency = earnings != null ? earnings.currency() : schemeCurrency;
    AmountFormula formula = rule.formula();
    if (formula == null) {
      return new Amounts(null, null, currency, "formula-missing");
    }
    if (formula instanceof DefinedContribution dc) {
      warn("defined-contribution", country, dc.source());
      return new Amounts(formula, null, currency, "defined-contribution");
    }
    if (Amounts.needsWage(formula) && earnings == null) {
      warn("reference-earnings-missing", country);
      return new Amounts(formula, null, currency, "earnings-missing");
    }
    return new Amounts(formula, earnings == null ? null : earnings.referenceWage(), currency, "");
  }

  private void describeRule(NationalRule rule) {
    if (rule.minimumPeriod() != null) {
      boolean days = rule.minimumPeriod().unit() == PeriodUnit.CALENDAR_DAYS;
      step(days ? "minimum-period" : "minimum-period-converted",
          rule.minimumSource() + (days ? "" : "; " + PeriodUnit.CONVERSION_SOURCE), country, rule.scheme(),
          rule.minimumPeriod());
    }
    for (var condition : rule.pensionAges()) {
      step("pension-age-route", condition.source(), country, condition);
    }
  }

  private void reportLedger(InsuranceLedger ledger) {
    for (InsuranceLedger.Overlap o : ledger.overlaps()) {
      warn("overlap-resolved", o.days(), o.winner().country(), kind(o.winner()), o.winner().from(),
          o.loser().country(), kind(o.loser()), o.loser().from(), InsuranceLedger.OVERLAP_SOURCE);
    }
    for (InsuranceLedger.Gap g : ledger.gaps()) {
      warn("gap", g.from(), g.to(), g.days());
    }
  }

  private void ruleWarnings(NationalRule rule) {
    if (!rule.missing().isEmpty()) {
      warn("national-rule-missing", country, List.copyOf(rule.missing()));
    }
  }

  private String capSource(NationalRule rule) {
    String national = rule.maximumSource();
    if (agreement != null && "eu-883-2004".equals(agreement.id())) {
      return "Regulation (EC) 883/2004 art. 56(1)(a); " + national;
    }
    return national;
  }

  private static Text kind(InsurancePeriod period) {
    return Text.of("kind." + period.kind().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String currency(Amounts amounts) {
    return amounts.currency() == null ? "" : amounts.currency();
  }

  private static Text yesNo(@Nullable Boolean value) {
    return Text.of(value == null ? "undetermined" : value ? "yes" : "no");
  }

  /** Records a step; nothing when the caller asked for amounts only (the batch's {@code ?steps=false}). */
  private void step(String code, String source, Object... arguments) {
    if (!explain) {
      return;
    }
    steps.add(Step.of(code, source, arguments));
  }

  private void warn(String code, Object... arguments) {
    warnings.add(Warning.of(code, arguments));
  }
}
