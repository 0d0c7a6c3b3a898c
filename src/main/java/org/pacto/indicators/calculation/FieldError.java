package org.pacto.indicators.calculation;

/** A refused input: the path of the field (e.g. {@code services[2].totalCostPercent}) and a problem code. */
public record FieldError(String field, String code) {
}
