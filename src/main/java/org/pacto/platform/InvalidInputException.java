package org.pacto.platform;

import java.util.List;

/**
 * Input refused before anything is written. Each problem names the field at fault (a JSON-pointer
 * style path such as {@code periods[2].to}), a stable code and a message key for localisation.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.getFirst().field() + ": " + problems.getFirst().code());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field at fault: message arguments fill the localised message {@code problem.<code>}. */
    public record FieldProblem(String field, String code, List<Object> arguments) {
        public FieldProblem(String field, String code, Object... arguments) {
            this(field, code, List.of(arguments));
        }
    }
}
