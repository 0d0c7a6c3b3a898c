package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.PercentageScale;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.RuleQuery;

/**
 * Paraguay, IPS ordinary retirement: Ley 98/92 (text at BaseLegal,
 * https://baselegal.com.py/docs/f9022a03-301f-11eb-a564-525400c761ca/text, checked 2026-12-02), which
 * rewrites Decreto-Ley 1860/50 art. 60 ff., as amended by Ley 7446/2024 (Gaceta Oficial of 30 December 2024,
 * https://www.gacetaoficial.gov.py/index/getDocumento/90196, not read).
 */
public final class Paraguay implements NationalScheme {

  private static final String SOURCE = "Ley 98/92 art. 2 (Decreto-Ley 1860/50 art. 60 as rewritten; article"
      + " number unverified)";

  @Override
  public String country() {
    return "PY";
  }

  @Override
  public String currency() {
    return "PYG";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("PY", query);
    }
    NationalRule.Builder rule = NationalRule.builder("PY", "IPS, jubilación ordinaria")
        .minimum(PeriodLength.years(25), SOURCE + " (25 years of contributions)")
        .age(AgeCondition.at(60, 0, SOURCE + " (age 60 with 25 years)"))
        .age(AgeCondition.at(55, 0, PeriodLength.years(30), SOURCE + " (early retirement at 55 with 30 years)"))
        .note("The reference wage is the average of the last 36 months (Ley 98/92); Ley 7446/2024 lengthens it"
            + " gradually to 120 months: give the average that applies to the claim")
        .note("Ley 4290/2011 proportional retirement (age 65, at least 15 years) is not catalogued");
    int age = Period.between(query.person().birthDate(), query.claimDate()).getYears();
    if (age >= 60) {
      // 100 % of the average at 60 with 25 years: IPS and the press on Ley 7446/2024 (La Nación, 2024-12-31).
      rule.formula(flat("100", SOURCE + " (100 % of the average at 60 with 25 years)"));
    } else if (age == 55) {
      rule.formula(flat("80", SOURCE + " (early retirement: 80 % at 55 with 30 years)"));
    } else if (age > 55) {
      rule.missing("amount formula: early-retirement rate between 56 and 59 (rising from 80 % with age) not"
          + " verified");
    }
    return rule.build();
  }

  private static PercentageScale flat(String percent, String source) {
    return new PercentageScale(new BigDecimal(percent), PeriodLength.days(0), PeriodUnit.CALENDAR_DAYS, List.of(),
        null, source);
  }
}
