package org.pacto.portability.calculation;

import java.util.List;
import java.util.Map;

/**
 * Input of a portability calculation.
 *
 * @param referenceEarnings reference earnings per country (ISO alpha-2 key)
 */
public record CalculationRequest(
    Person person, Claim claim, List<InsurancePeriod> periods, Map<String, ReferenceEarnings> referenceEarnings) {}
