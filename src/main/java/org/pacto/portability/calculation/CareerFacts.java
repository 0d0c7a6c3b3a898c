package org.pacto.portability.calculation;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.pacto.portability.calculation.catalog.NationalRule;

/**
 * What the assessments of one request share: the career cut at the date the risk materialised, the
 * dates, the age, the national rules and the ledgers of sets of countries (both memoised for the request),
 * and whether steps are wanted.
 */
record CareerFacts(List<InsurancePeriod> periods, LocalDate claimDate, LocalDate riskDate, Period age,
    Function<String, NationalRule> rules, Function<Set<String>, InsuranceLedger> ledgers, boolean explain) {}
