package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.Increment;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Branch;
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
    if (query.branch() == Branch.INVALIDITY) {
      return NationalRule.builder("BR", "RGPS, aposentadoria por incapacidade permanente").noAgeCondition()
          .minimum(PeriodLength.months(12), "Lei 8.213/1991 art. 25 I (12 monthly contributions)")
          .formula(scale(female))
          .note("Lei 8.213/1991 art. 26 II: no minimum after an accident; EC 103/2019 art. 26 §3 II: 100 % after a"
              + " work accident: not modelled")
          .build();
    }
    if (query.branch() == Branch.SURVIVORS) {
      return NationalRule.builder("BR", "RGPS, pensão por morte").noAgeCondition()
          .minimum(PeriodLength.days(0), "Lei 8.213/1991 art. 26 I (no minimum period)")
          .missing("amount formula: EC 103/2019 art. 23 (family quota of 50 % + 10 points per dependant of the"
              + " deceased's pension) needs the number of dependants, which the calculator does not ask")
          .note("Lei 8.213/1991 art. 77: how long a spouse's pension lasts depends on age and contributions: not modelled")
          .build();
    }
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("BR", query);
    }
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
    rule.formula(scale(female));
    rule.note("Reference wage = average of all contribution wages since July 1994 (EC 103/2019 art. 26)")
        .note("RGPS ceiling (teto) and minimum-wage floor not modelled");
    return rule.build();
  }

  /** EC 103/2019 art. 26 §2 and §5: 60 % + 2 points per year beyond 20 (men) or 15 (women) years. */
  private static PercentageScale scale(boolean female) {
    int threshold = female ? 15 : 20;
    return new PercentageScale(
        new BigDecimal("60"),
        PeriodLength.years(threshold),
        PeriodUnit.YEARS,
        List.of(new Increment(Long.MAX_VALUE / 400, new BigDecimal("2"))),
        null,
        "EC 103/2019 art. 26 §2 and §5: 60 % of the average wage + 2 points per year beyond "
            + threshold + " years");
  }
}
