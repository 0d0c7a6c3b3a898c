package org.pacto.portability.calculation.catalog;

/**
 * A state that signed an agreement but where it does not (yet) apply, with the furthest step
 * sourced; states where it applies are in {@link Agreement#effectiveFrom()}.
 */
public record Signatory(String country, SignatoryStatus status, String source) {}
