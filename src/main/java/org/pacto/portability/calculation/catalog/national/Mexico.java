package org.pacto.portability.calculation.catalog.national;

import java.time.LocalDate;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.DefinedContribution;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Mexico, IMSS old-age under the 1997 Ley del Seguro Social (individual accounts). */
public final class Mexico implements NationalScheme {

  private static final String AGE = "Ley del Seguro Social art. 162 (age 65)";
  private static final String WEEKS =
      "Ley del Seguro Social art. 162 and transitional art. 4 of the 2020 reform (750 weeks in 2021, +25 per year to 1,000 in 2031)";

  @Override
  public String country() {
    return "MX";
  }

  @Override
  public String currency() {
    return "MXN";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("MX", query);
    }
    NationalRule.Builder rule = NationalRule.builder("MX", "IMSS Ley 1997, vejez")
        .age(AgeCondition.at(65, 0, AGE))
        .formula(new DefinedContribution("Ley del Seguro Social 1997: pension financed by the AFORE individual account"))
        .note("Ask your AFORE for the account balance, a pension projection and whether the guaranteed minimum"
            + " pension applies");
    int year = query.claimDate().getYear();
    if (year >= 2021) {
      rule.minimum(PeriodLength.weeks(Math.min(1000, 750 + 25L * (year - 2021))), WEEKS);
    } else {
      rule.missing("minimum contribution period before 2021: not catalogued");
    }
    LocalDate first = query.firstInsuredInCountry();
    if (first != null && first.isBefore(LocalDate.of(1997, 7, 1))) {
      rule.note("Insured before 1997-07-01: the Ley 1973 defined-benefit option exists and is not modelled");
    }
    return rule.build();
  }
}
