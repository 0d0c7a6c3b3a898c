package org.pacto.portability.calculation;

import java.math.BigDecimal;

/** The reference wage a country's formula applies to, in that country's currency. */
public record ReferenceEarnings(BigDecimal referenceWage, String currency) {}
