package org.pacto.portability.calculation.catalog.national;

import java.time.LocalDate;
import java.time.Period;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Colombia, Régimen de Prima Media (Colpensiones), Ley 100 de 1993 art. 33 as amended. */
public final class Colombia implements NationalScheme {

  private static final String SOURCE = "Ley 100 de 1993 art. 33, as amended by Ley 797 de 2003 art. 9";

  @Override
  public String country() {
    return "CO";
  }

  @Override
  public String currency() {
    return "COP";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() == Branch.INVALIDITY) {
      // Ley 100 de 1993 art. 39 as amended by Ley 860 de 2003 art. 1 (the "fidelity" condition was struck
      // down by Constitutional Court ruling C-428 de 2009).
      return NationalRule.builder("CO", "Sistema General de Pensiones, pensión de invalidez").noAgeCondition()
          .minimum(PeriodLength.weeks(50), "Ley 100 de 1993 art. 39 (Ley 860 de 2003 art. 1): 50 weeks within the"
              + " 3 years before the date the invalidity is established")
          .minimumWithin(Period.ofYears(3))
          .missing("amount formula: Ley 100 de 1993 art. 40 depends on the loss of working capacity (50-66 % or"
              + " 66 % and over), which the calculator does not ask")
          .build();
    }
    if (query.branch() == Branch.SURVIVORS) {
      return NationalRule.builder("CO", "Sistema General de Pensiones, pensión de sobrevivientes").noAgeCondition()
          .minimum(PeriodLength.weeks(50), "Ley 100 de 1993 art. 46 (Ley 797 de 2003 art. 12): 50 weeks within the"
              + " 3 years before death")
          .minimumWithin(Period.ofYears(3))
          .missing("amount formula: Ley 100 de 1993 art. 48 (45 % of the IBL + 2 points per 50 weeks beyond 500,"
              + " at most 75 %) counts steps of 50 weeks, not catalogued")
          .build();
    }
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("CO", query);
    }
    NationalRule.Builder rule = NationalRule.builder("CO", "Régimen de Prima Media con Prestación Definida")
        .missing("amount formula: Ley 797 de 2003 art. 10 depends on the legal minimum wage, not catalogued")
        .note("Régimen de Ahorro Individual (individual accounts) not modelled");
    boolean female = query.person().sex() == Sex.FEMALE;
    rule.age(AgeCondition.at(female ? 57 : 62, 0, SOURCE + " (57 women / 62 men from 2014)"));
    if (female && !query.claimDate().isBefore(LocalDate.of(2026, 1, 1))) {
      rule.missing("minimum contribution period for women from 2026: reduction ordered by"
          + " Constitutional Court ruling C-197 de 2023 not catalogued");
    } else {
      rule.minimum(PeriodLength.weeks(1300), SOURCE + " (1,300 weeks from 2015)");
    }
    return rule.build();
  }
}
