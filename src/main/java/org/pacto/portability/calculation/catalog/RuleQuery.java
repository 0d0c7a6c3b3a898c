package org.pacto.portability.calculation.catalog;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.Person;

/**
 * What a national scheme needs to pick the rule version: the person, the claim date, the branch and
 * the first day the person was insured in that country (some reforms depend on it).
 */
public record RuleQuery(
    Person person, LocalDate claimDate, Branch branch, @Nullable LocalDate firstInsuredInCountry) {}
