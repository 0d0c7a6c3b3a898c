package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.man;
import static org.pacto.portability.calculation.Fixtures.woman;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;
import org.pacto.portability.calculation.catalog.national.Brazil;
import org.pacto.portability.calculation.catalog.national.Chile;
import org.pacto.portability.calculation.catalog.national.Colombia;
import org.pacto.portability.calculation.catalog.national.Mexico;
import org.pacto.portability.calculation.catalog.national.NationalSchemes;
import org.pacto.portability.calculation.catalog.national.Portugal;
import org.pacto.portability.calculation.catalog.national.Spain;

class NationalRulesTest {

  private static NationalRule spain(String claimDate) {
    return new Spain().ruleFor(new RuleQuery(man("1959-01-01"), d(claimDate), Branch.OLD_AGE, null));
  }

  private static BigDecimal spainPercent(String claimDate, long days) {
    return ((PercentageScale) spain(claimDate).formula()).percentFor(days);
  }

  @Test
  void spain2026StartsAtFiftyPercentAndReachesHundredAt36Years6Months() {
    // LGSS transitional provision 9, months of 365/12 days (INSS): month m beyond 15 years is complete
    // from day ceil((180 + m) x 365 / 12).
    assertThat(spainPercent("2026-03-01", 5475)).isEqualByComparingTo("50");
    // 49 months at 0.21 = 10.29 points; 229 months = 6,965.4 days
    assertThat(spainPercent("2026-03-01", 6965)).isEqualByComparingTo("60.08");
    assertThat(spainPercent("2026-03-01", 6966)).isEqualByComparingTo("60.29");
    // + 209 months at 0.19 = 39.71 points -> 100 % at 438 months = 13,322.5 days
    assertThat(spainPercent("2026-03-01", 13322)).isEqualByComparingTo("99.81");
    assertThat(spainPercent("2026-03-01", 13323)).isEqualByComparingTo("100");
    assertThat(spainPercent("2026-03-01", 20_000)).isEqualByComparingTo("100");
    assertThat(spain("2026-03-01").maximumDays()).isEqualTo(13323);
  }

  @Test
  void spainFrom2027ReachesHundredPercentAt37Years() {
    // 428 months (180 + 248) = 13,018.3 days; 443 months = 13,474.6 days; 444 months = 37 x 365 days
    assertThat(spainPercent("2027-02-01", 13019)).isEqualByComparingTo("97.12");
    assertThat(spainPercent("2027-02-01", 13475)).isEqualByComparingTo("99.82");
    assertThat(spainPercent("2027-02-01", 13504)).isEqualByComparingTo("99.82");
    assertThat(spainPercent("2027-02-01", 13505)).isEqualByComparingTo("100");
    assertThat(spain("2027-02-01").maximumDays()).isEqualTo(37 * 365);
  }

  @Test
  void spainMinimumIsFifteenYearsOf5475Days() {
    NationalRule rule = spain("2026-03-01");
    assertThat(rule.entitled(5474, Period.of(67, 0, 0))).isFalse();
    assertThat(rule.entitled(5475, Period.of(67, 0, 0))).isTrue();
  }

  @Test
  void spain2026PensionAgeIs66y10mOr65WithLongCareer() {
    NationalRule rule = spain("2026-03-01");
    long fifteenYears = 5475;
    // 38 years 3 months = 459 months of 365/12 days = 13,961.25 days: complete from day 13,962
    long longCareer = 13_962;
    assertThat(rule.entitled(fifteenYears, Period.of(66, 9, 0))).isFalse();
    assertThat(rule.entitled(fifteenYears, Period.of(66, 10, 0))).isTrue();
    assertThat(rule.entitled(longCareer - 1, Period.of(65, 0, 0))).isFalse();
    assertThat(rule.entitled(longCareer, Period.of(65, 0, 0))).isTrue();
  }

  @Test
  void spain2027PensionAgeIs67Or65With38Years6Months() {
    NationalRule rule = spain("2027-02-01");
    assertThat(rule.entitled(6000, Period.of(66, 11, 0))).isFalse();
    assertThat(rule.entitled(6000, Period.of(67, 0, 0))).isTrue();
    assertThat(rule.entitled(14_052, Period.of(65, 1, 0))).isFalse(); // 461 complete months
    assertThat(rule.entitled(14_053, Period.of(65, 1, 0))).isTrue(); // 462 months = 38 years 6 months
  }

  @Test
  void spainBefore2023IsMarkedMissingNotGuessed() {
    NationalRule rule = spain("2020-05-01");
    assertThat(rule.formula()).isNull();
    assertThat(rule.pensionAges()).isEmpty();
    assertThat(rule.missing()).anyMatch(m -> m.startsWith("pension age"));
  }

  @Test
  void brazilPaysSixtyPercentPlusTwoPointsPerYearBeyondTwentyForMen() {
    NationalRule rule = new Brazil().ruleFor(new RuleQuery(man("1960-01-01"), d("2026-01-01"), Branch.OLD_AGE,
        LocalDate.of(2021, 1, 1)));
    PercentageScale scale = (PercentageScale) rule.formula();
    assertThat(scale.percentFor(20 * 360)).isEqualByComparingTo("60");
    assertThat(scale.percentFor(25 * 360 + 359)).isEqualByComparingTo("70");
    assertThat(rule.minimumPeriod()).isEqualTo(PeriodLength.years(20));
  }

  @Test
  void brazilTransitionRuleKeepsFifteenYearsForEarlierAffiliates() {
    NationalRule rule = new Brazil().ruleFor(new RuleQuery(man("1960-01-01"), d("2026-01-01"), Branch.OLD_AGE,
        LocalDate.of(2000, 1, 1)));
    assertThat(rule.minimumPeriod()).isEqualTo(PeriodLength.years(15));
    NationalRule female = new Brazil().ruleFor(new RuleQuery(woman("1962-01-01"), d("2026-01-01"), Branch.OLD_AGE, null));
    assertThat(((PercentageScale) female.formula()).percentFor(15 * 360)).isEqualByComparingTo("60");
    assertThat(female.pensionAges()).singleElement().satisfies(a -> assertThat(a.years()).isEqualTo(62));
  }

  @Test
  void colombiaCountsWeeksAndMarksWomen2026MinimumMissing() {
    NationalRule men = new Colombia().ruleFor(new RuleQuery(man("1960-01-01"), d("2025-06-01"), Branch.OLD_AGE, null));
    assertThat(men.minimumPeriod()).isEqualTo(PeriodLength.weeks(1300));
    assertThat(men.entitled(1300 * 7 - 1, Period.ofYears(62))).isFalse();
    assertThat(men.entitled(1300 * 7, Period.ofYears(62))).isTrue();
    NationalRule women = new Colombia().ruleFor(new RuleQuery(woman("1965-01-01"), d("2026-03-01"), Branch.OLD_AGE, null));
    assertThat(women.minimumPeriod()).isNull();
    assertThat(women.entitled(20_000, Period.ofYears(60))).isNull();
  }

  @Test
  void mexicoWeeksRiseBy25PerYear() {
    NationalRule rule = new Mexico().ruleFor(new RuleQuery(man("1960-01-01"), d("2026-01-01"), Branch.OLD_AGE, null));
    assertThat(rule.minimumPeriod()).isEqualTo(PeriodLength.weeks(875));
    assertThat(rule.formula()).isInstanceOf(DefinedContribution.class);
  }

  @Test
  void chileIsDefinedContribution() {
    NationalRule rule = new Chile().ruleFor(new RuleQuery(woman("1960-01-01"), d("2026-01-01"), Branch.OLD_AGE, null));
    assertThat(rule.formula()).isInstanceOf(DefinedContribution.class);
    assertThat(rule.entitled(10, Period.ofYears(60))).isTrue();
    assertThat(rule.entitled(10, Period.ofYears(59))).isFalse();
  }

  @Test
  void portugalFormulaIsMissingForAYearWithoutItsIas() {
    NationalRule rule = new Portugal().ruleFor(new RuleQuery(man("1959-01-01"), d("2026-06-01"), Branch.OLD_AGE, null));
    assertThat(rule.formula()).isNull();
    assertThat(rule.missing()).anyMatch(m -> m.startsWith("amount formula: IAS for 2026"));
    assertThat(rule.minimumPeriod()).isEqualTo(PeriodLength.years(15));
  }

  @Test
  void everyCatalogedRuleCarriesSourcesForWhatItStates() {
    for (var scheme : NationalSchemes.all()) {
      NationalRule rule = scheme.ruleFor(new RuleQuery(man("1960-01-01"), d("2026-03-01"), Branch.OLD_AGE, null));
      if (rule.minimumPeriod() != null) {
        assertThat(rule.minimumSource()).as(scheme.country()).isNotBlank();
      }
      rule.pensionAges().forEach(a -> assertThat(a.source()).as(scheme.country()).isNotBlank());
      if (rule.formula() != null) {
        assertThat(rule.formula().source()).as(scheme.country()).isNotBlank();
      }
      assertThat(rule.country()).isEqualTo(scheme.country());
    }
    assertThat(NationalSchemes.all()).extracting(s -> s.country()).containsExactlyInAnyOrder(
        "ES", "PT", "EC", "CO", "AR", "CL", "PE", "UY", "PY", "BR", "BO", "SV", "DO", "CR", "MX");
  }
}
