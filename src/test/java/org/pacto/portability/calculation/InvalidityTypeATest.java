package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.eur;
import static org.pacto.portability.calculation.Fixtures.man;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.Fixtures.FixedScheme;
import org.pacto.portability.calculation.catalog.AmountFormula.FlatAmount;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Catalog;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/**
 * Regulation (EC) 883/2004 art. 44-46: invalidity under "type A" legislations (Annex VI: the amount does
 * not depend on the length of periods). When every legislation the person was subject to is of type A,
 * the institution of the state whose legislation applied when the incapacity arose pays in full,
 * aggregating the others' periods (art. 44(2), 45), and the others pay nothing; once a type B legislation
 * is involved, the pro-rata rules of old age apply (art. 46(1)). The states are stylised: which national
 * schemes Annex VI lists is not catalogued, so the rules are given here.
 */
class InvalidityTypeATest {

  private static final String ANNEX_VI = "Regulation (EC) 883/2004 Annex VI (stylised)";

  private static NationalRule typeA(String country, String amount) {
    return NationalRule.builder(country, "type A invalidity").noAgeCondition()
        .minimum(PeriodLength.years(5), "stylised: 5 years")
        .formula(new FlatAmount(new BigDecimal(amount), "stylised flat invalidity benefit"))
        .typeA(ANNEX_VI)
        .build();
  }

  private static NationalRule typeB(String country) {
    return NationalRule.builder(country, "type B invalidity").noAgeCondition()
        .minimum(PeriodLength.years(5), "stylised: 5 years")
        .formula(new PercentageScale(BigDecimal.ZERO, PeriodLength.days(0), PeriodUnit.YEARS,
            List.of(new Increment(40, new BigDecimal("2"))), null, "stylised: 2 % a year"))
        .build();
  }

  private static CalculationResult invalidity(Catalog catalog) {
    var request = new CalculationRequest(man("1975-01-01"),
        new Claim("invalidity", d("2025-03-01"), "SE", d("2025-01-15"), null),
        List.of(compulsory("IE", "2010-01-01", "2019-12-31"), compulsory("SE", "2022-01-01", "2025-02-28")),
        Map.of("IE", eur("2000"), "SE", eur("2000")));
    return CALCULATOR.calculate(request, catalog);
  }

  @Test
  void onlyTypeALegislationsTheStateCompetentWhenTheIncapacityArosePaysInFull() {
    Catalog catalog = Catalog.of(List.of(StandardAgreements.eu()),
        List.of(new FixedScheme("IE", "EUR", typeA("IE", "250")), new FixedScheme("SE", "EUR", typeA("SE", "900"))));
    CalculationResult result = invalidity(catalog);
    CountryResult se = result.result("SE").orElseThrow();
    // Sweden alone has 3 years: not entitled alone, entitled with Ireland's 10 (art. 45), pays in full.
    assertThat(se.eligibleAlone()).isFalse();
    assertThat(se.eligibleWithTotalization()).isTrue();
    assertThat(se.basis()).isEqualTo("type-a-full");
    assertThat(se.amountDue()).isEqualByComparingTo("900.00");
    assertThat(se.steps()).anyMatch(s -> s.code().equals("type-a-competent"));
    CountryResult ie = result.result("IE").orElseThrow();
    assertThat(ie.basis()).isEqualTo("type-a-other-state");
    assertThat(ie.amountDue()).isEqualByComparingTo("0.00");
  }

  @Test
  void oneTypeBLegislationSendsEveryStateToThePensionRules() {
    Catalog catalog = Catalog.of(List.of(StandardAgreements.eu()),
        List.of(new FixedScheme("IE", "EUR", typeA("IE", "250")), new FixedScheme("SE", "EUR", typeB("SE"))));
    CalculationResult result = invalidity(catalog);
    CountryResult ie = result.result("IE").orElseThrow();
    assertThat(ie.basis()).isNotIn("type-a-full", "type-a-other-state");
    // Ireland, entitled alone with 10 years, pays its flat amount (the higher of independent and pro-rata).
    assertThat(ie.amountDue()).isEqualByComparingTo("250.00");
    CountryResult se = result.result("SE").orElseThrow();
    assertThat(se.basis()).isEqualTo("pro-rata");
    assertThat(se.proRataAmount()).isNotNull();
  }
}
