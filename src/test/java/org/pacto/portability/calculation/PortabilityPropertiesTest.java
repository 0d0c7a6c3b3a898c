package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.pacto.portability.calculation.Fixtures.FixedScheme;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Catalog;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/** Invariants of totalisation and pro-rata under one agreement linking every country (EU 883/2004). */
class PortabilityPropertiesTest {

  private static final List<String> EU = List.of("FR", "DE", "IT", "AT");
  private static final LocalDate ORIGIN = LocalDate.of(1975, 1, 1);
  private static final String CLAIM = "2025-01-01";
  private static final Person PERSON = Fixtures.man("1955-01-01");

  @Provide
  Arbitrary<List<InsurancePeriod>> periods() {
    Arbitrary<InsurancePeriod> period = Combinators.combine(
        Arbitraries.of(EU),
        Arbitraries.integers().between(0, 17_000),
        Arbitraries.integers().between(1, 4_000),
        Arbitraries.of(PeriodKind.class))
        .as((country, start, length, kind) -> {
          LocalDate from = ORIGIN.plusDays(start);
          return new InsurancePeriod(country, from, from.plusDays(length - 1), kind);
        });
    return period.list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * The shortcut for careers without overlaps gives the same ledger as cutting the career into segments:
   * days per country, total, gaps; and it steps aside whenever two periods share a day.
   */
  @Property(tries = 500)
  void disjointShortcutAgreesWithTheSegmentLedger(@ForAll("periods") List<InsurancePeriod> periods) {
    InsuranceLedger segments = InsuranceLedger.bySegments(periods);
    InsuranceLedger shortcut = InsuranceLedger.ofDisjoint(periods);
    if (!segments.overlaps().isEmpty()) {
      assertThat(shortcut).isNull();
    }
    InsuranceLedger used = InsuranceLedger.of(periods);
    assertThat(used.totalDays()).isEqualTo(segments.totalDays());
    assertThat(used.gaps()).isEqualTo(segments.gaps());
    assertThat(used.overlaps()).isEqualTo(segments.overlaps());
    for (String country : EU) {
      assertThat(used.days(country)).as(country).isEqualTo(segments.days(country));
    }
  }

  /** Flat full amount, so each pro-rata amount is that amount times the pro-rata fraction. */
  private static Catalog flatCatalog(String amount) {
    NationalRule rule = NationalRule.builder("XX", "flat").minimum(PeriodLength.days(0), "test")
        .age(AgeCondition.at(60, 0, "test")).formula(new FlatAmount(new BigDecimal(amount), "test")).build();
    List<NationalScheme> schemes = EU.stream().<NationalScheme>map(c -> new FixedScheme(c, "EUR", rule)).toList();
    return Catalog.of(List.of(StandardAgreements.eu()), schemes);
  }

  /** Percentage scale with a national maximum, so the art. 56 cap is exercised. */
  private static Catalog scaleCatalog(int maxYears, int minYears) {
    NationalRule rule = NationalRule.builder("XX", "scale").minimum(PeriodLength.years(minYears), "test")
        .age(AgeCondition.at(60, 0, "test"))
        .formula(new PercentageScale(new BigDecimal("40"), PeriodLength.years(minYears), PeriodUnit.MONTHS,
            List.of(new Increment(1000, new BigDecimal("0.2"))), new BigDecimal("100"), "test"))
        .maximum(PeriodLength.years(maxYears), "test").build();
    List<NationalScheme> schemes = EU.stream().<NationalScheme>map(c -> new FixedScheme(c, "EUR", rule)).toList();
    return Catalog.of(List.of(StandardAgreements.eu()), schemes);
  }

  private static CalculationResult calculate(List<InsurancePeriod> periods, Catalog catalog) {
    Map<String, ReferenceEarnings> earnings = new HashMap<>();
    EU.forEach(c -> earnings.put(c, Fixtures.eur("2345.67")));
    return CALCULATOR.calculate(Fixtures.oldAge(PERSON, periods.getFirst().country(), CLAIM, periods, earnings), catalog);
  }

  @Property(tries = 300)
  void proRataNeverExceedsTheoretical(@ForAll("periods") List<InsurancePeriod> periods,
      @ForAll @IntRange(min = 1, max = 45) int maxYears, @ForAll @IntRange(min = 0, max = 20) int minYears) {
    CalculationResult result = calculate(periods, scaleCatalog(maxYears, minYears));
    for (CountryResult r : result.results()) {
      if (r.proRataAmount() != null) {
        assertThat(r.theoreticalAmount()).isNotNull();
        assertThat(r.proRataAmount()).isLessThanOrEqualTo(r.theoreticalAmount());
        assertThat(r.proRataAmount().signum()).isNotNegative();
      }
      assertThat(r.daysTotalised()).isGreaterThanOrEqualTo(r.daysAlone());
    }
  }

  @Property(tries = 300)
  void proRataFractionsSumToOne(@ForAll("periods") List<InsurancePeriod> periods) {
    CalculationResult result = calculate(periods, flatCatalog("1000000.00"));
    BigDecimal sum = BigDecimal.ZERO;
    int paying = 0;
    for (CountryResult r : result.results()) {
      assertThat(r.agreement()).isIn(StandardAgreements.EU, null);
      if ("released-short-period".equals(r.basis())) {
        continue; // art. 57: released states drop out of the ratio of the others
      }
      if (r.agreement() == null || "last-state-all-periods".equals(r.basis())) {
        // a single country (nothing to totalise) or art. 57(3): that state pays on all periods
        sum = sum.add(r.amountDue());
      } else {
        sum = sum.add(r.proRataAmount());
      }
      paying++;
    }
    // each published share is rounded to the cent
    assertThat(sum.subtract(new BigDecimal("1000000.00")).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(Math.max(1, paying))));
  }

  @Property(tries = 300)
  void movingAPeriodBetweenLinkedCountriesKeepsTheTotalisedPeriod(
      @ForAll("periods") List<InsurancePeriod> periods,
      @ForAll @IntRange(min = 0, max = 7) int index,
      @ForAll @IntRange(min = 0, max = 3) int target) {
    InsurancePeriod moved = periods.get(index % periods.size());
    List<InsurancePeriod> after = new ArrayList<>(periods);
    after.set(index % periods.size(),
        new InsurancePeriod(EU.get(target), moved.from(), moved.to(), moved.kind(), moved.scheme()));
    Catalog catalog = flatCatalog("100");
    long before = totalised(calculate(periods, catalog));
    long afterMove = totalised(calculate(after, catalog));
    assertThat(afterMove).isEqualTo(before).isEqualTo(unionDays(periods));
  }

  private static long totalised(CalculationResult result) {
    Set<Long> values = new HashSet<>();
    result.results().forEach(r -> values.add(r.daysTotalised()));
    if (result.results().size() > 1) {
      assertThat(values).hasSize(1); // every linked country totalises the same periods
    }
    return values.iterator().next();
  }

  /** Brute force: number of distinct calendar days up to the claim date covered by any period. */
  private static long unionDays(List<InsurancePeriod> periods) {
    Set<LocalDate> days = new HashSet<>();
    LocalDate claim = LocalDate.parse(CLAIM);
    for (InsurancePeriod p : periods) {
      for (long i = 0; i <= ChronoUnit.DAYS.between(p.from(), p.to()); i++) {
        if (!p.from().plusDays(i).isAfter(claim)) {
          days.add(p.from().plusDays(i));
        }
      }
    }
    return days.size();
  }

  /**
   * Spain (LGSS art. 210.1, transitional provision 9; INSS months of 365/12 days): one more day of
   * contribution never lowers the percentage and adds at most one month's rate (0.21 points), and
   * only on the day a month becomes complete.
   */
  @Property(tries = 500)
  void oneMoreDayInSpainNeverLowersAndAddsAtMostOneMonthsRate(
      @ForAll @IntRange(min = 0, max = 16_000) int days, @ForAll @IntRange(min = 2023, max = 2035) int year) {
    var rule = new org.pacto.portability.calculation.catalog.national.Spain().ruleFor(
        new org.pacto.portability.calculation.catalog.RuleQuery(PERSON, LocalDate.of(year, 3, 1),
            org.pacto.portability.calculation.catalog.Branch.OLD_AGE, null));
    PercentageScale scale = (PercentageScale) rule.formula();
    BigDecimal before = scale.percentFor(days);
    BigDecimal after = scale.percentFor(days + 1L);
    assertThat(after).isGreaterThanOrEqualTo(before);
    assertThat(after.subtract(before)).isLessThanOrEqualTo(new BigDecimal("0.21"));
    boolean monthCompleted = Math.floorDiv((days + 1L) * 12, 365) > Math.floorDiv(days * 12L, 365);
    if (!monthCompleted) {
      assertThat(after).isEqualByComparingTo(before);
    }
  }

  /**
   * Every catalogued national scale, in every branch: one more day never lowers the percentage nor adds more
   * than the largest rate of one unit of that scale (a month, a year).
   */
  @Property(tries = 300)
  void oneMoreDayNeverLowersAnyNationalScale(@ForAll @IntRange(min = 0, max = 20_000) int days,
      @ForAll("claimDates") LocalDate claimDate, @ForAll boolean female) {
    Person person = female ? Fixtures.woman("1960-01-01") : PERSON;
    for (var branch : org.pacto.portability.calculation.catalog.Branch.values())
    for (var scheme : org.pacto.portability.calculation.catalog.national.NationalSchemes.all()) {
      // every branch: old age, and the invalidity and survivors' scales (Colombia's art. 48 among them)
      var rule = scheme.ruleFor(new org.pacto.portability.calculation.catalog.RuleQuery(person, claimDate,
          branch, LocalDate.of(1990, 1, 1), claimDate, "spouse"));
      if (rule.formula() instanceof org.pacto.portability.calculation.catalog.AmountFormula.IncomeScaledRate rate) {
        // Colombia: more days never lower the rate, one day adds at most one step; a higher wage never raises it
        BigDecimal wage = new BigDecimal("3000000");
        BigDecimal before = rate.percentFor(days, wage);
        BigDecimal after = rate.percentFor(days + 1L, wage);
        assertThat(after).as(scheme.country()).isGreaterThanOrEqualTo(before);
        assertThat(after.subtract(before)).as(scheme.country()).isLessThanOrEqualTo(rate.stepPercent());
        assertThat(rate.percentFor(days, wage.add(BigDecimal.ONE))).isLessThanOrEqualTo(before);
      }
      if (rule.formula() instanceof org.pacto.portability.calculation.catalog.AmountFormula.FlatPlusScale sum) {
        // Argentina: the flat PBU does not move; the 1.5 % a year part never falls and adds at most one year's rate
        BigDecimal before = sum.scale().percentFor(days);
        BigDecimal after = sum.scale().percentFor(days + 1L);
        assertThat(after).as(scheme.country()).isGreaterThanOrEqualTo(before);
        assertThat(after.subtract(before)).as(scheme.country()).isLessThanOrEqualTo(new BigDecimal("1.5"));
      }
      if (rule.formula() instanceof org.pacto.portability.calculation.catalog.AmountFormula.EarningsBracketAccrual a) {
        // Portugal: more days never lower the global rate, which never exceeds 40 years at the highest rate;
        // a higher wage never raises it (richer portions accrue less)
        BigDecimal wage = BigDecimal.valueOf(300 + (days % 7_000));
        BigDecimal before = a.percentFor(days, wage);
        assertThat(a.percentFor(days + 1L, wage)).as(scheme.country()).isGreaterThanOrEqualTo(before);
        assertThat(before).isLessThanOrEqualTo(new BigDecimal("92"));
        assertThat(a.percentFor(days, wage.add(BigDecimal.TEN))).isLessThanOrEqualTo(before);
      }
      if (rule.formula() instanceof org.pacto.portability.calculation.catalog.AmountFormula.WageBandScale bands) {
        // Costa Rica: more days never lower the rate and one day adds at most one contribution's 0.0833 %; a
        // higher salary never raises the base rate, which stays between 43 % and 52.5 %
        BigDecimal wage = BigDecimal.valueOf(100_000L + (days % 400) * 10_000L);
        BigDecimal before = bands.percentFor(days, wage);
        BigDecimal after = bands.percentFor(days + 1L, wage);
        assertThat(after).as(scheme.country()).isGreaterThanOrEqualTo(before);
        assertThat(after.subtract(before)).as(scheme.country()).isLessThanOrEqualTo(bands.percentPerUnit());
        assertThat(bands.basePercent(wage.add(BigDecimal.valueOf(50_000)))).isLessThanOrEqualTo(bands.basePercent(wage));
        assertThat(bands.basePercent(wage)).isBetween(new BigDecimal("43"), new BigDecimal("52.5"));
      }
      if (rule.formula() instanceof PercentageScale scale) {
        BigDecimal largestStep = scale.increments().stream().map(Increment::percentPerUnit)
            .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal before = scale.percentFor(days);
        BigDecimal after = scale.percentFor(days + 1L);
        assertThat(after).as(scheme.country()).isGreaterThanOrEqualTo(before);
        assertThat(after.subtract(before)).as(scheme.country()).isLessThanOrEqualTo(largestStep);
      }
    }
  }

  @Provide
  Arbitrary<LocalDate> claimDates() {
    return Arbitraries.integers().between(0, 12 * 365).map(d -> LocalDate.of(2020, 1, 1).plusDays(d))
        .edgeCases(e -> e.add(LocalDate.of(2025, 6, 1)).add(LocalDate.of(2025, 3, 15)));
  }
}
