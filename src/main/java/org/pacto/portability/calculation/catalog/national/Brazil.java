package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Brazil, RGPS (INSS) retirement by age after Emenda Constitucional 103/2019. */
public final class Brazil implements NationalScheme {

  /** Publication of EC 103/2019; earlier affiliates fall under its transition rule (art. 18). */
  static final LocalDate REFORM = LocalDate.of(2019, 11, 13);

  @Override
  public String country() {
    return "BR";
  }

  @Override
  public String currency() {
    return "BRL";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    boolean female = query.person().sex() == Sex.FEMALE;
    LocalDate first = query.firstInsuredInCountry();
    boolean before = first != null && first.isBefore(REFORM);
    NationalRule.Builder rule = NationalRule.builder("BR", "RGPS, aposentadoria por idade");
    if (query.claimDate().isBefore(LocalDate.of(2023, 1, 1))) {
      return rule.missing("pension age before 2023: transition steps for women not catalogued")
          .missing("minimum contribution period before 2023: not catalogued")
          .build();
    }
    String ageSource = before ? "EC 103/2019 art. 18 (transition: 62 women from 2023 / 65 men)"
        : "EC 103/2019 art. 19 (62 women / 65 men)";
    rule.age(AgeCondition.at(female ? 62 : 65, 0, ageSource));
    if (female || before) {
      rule.minimum(PeriodLength.years(15), ageSource + ": 15 years of contribution");
    } else {
      rule.minimum(PeriodLength.years(20), "EC 103/2019 art. 19: 20 years of contribution (men affiliated after the reform)");
    }
    int threshold = female ? 15 : 20;
    rule.formula(new PercentageScale(
        new BigDecimal("60"),
        PeriodLength.years(threshold),
        PeriodUnit.YEARS,
        List.of(new Increment(Long.MAX_VALUE / 400, new BigDecimal("2"))),
        null,
        "EC 103/2019 art. 26 §2 and §5: 60 % of the average wage + 2 points per year beyond "
            + threshold + " years"));
    rule.note("Reference wage = average of all contribution wages since July 1994 (EC 103/2019 art. 26)")
        .note("RGPS ceiling (teto) and minimum-wage floor not modelled");
    return rule.build();
  }
}
