package org.pacto.portability.calculation;

/**
 * One invalid input field.
 *
 * @param field JSON-pointer-like path, e.g. "periods[2].to"
 * @param code stable code, e.g. "period-ends-before-start"
 */
public record FieldError(String field, String code, String message) {}
