package org.pacto.portability.calculation;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** The request cannot be calculated; {@link #errors()} lists every offending field. */
public final class CalculationInputException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  public CalculationInputException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.code()).collect(Collectors.joining(", ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
