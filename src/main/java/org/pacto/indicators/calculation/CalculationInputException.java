package org.pacto.indicators.calculation;

import java.util.List;

/** The input cannot be computed: every problem found, before anything is computed. */
public class CalculationInputException extends RuntimeException {

    private final List<FieldError> errors;

    public CalculationInputException(List<FieldError> errors) {
        super("invalid indicator input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
