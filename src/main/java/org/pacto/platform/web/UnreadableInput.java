package org.pacto.platform.web;

import java.util.List;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.JsonInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Which field of a JSON body Jackson could not read, and why, in the terms of Pacto's problems:
 * the path as the field ({@code targets[0].baseline}) and a stable code.
 */
final class UnreadableInput {

    private UnreadableInput() {
    }

    static List<FieldProblem> fieldErrors(Throwable failure) {
        JacksonException jackson = null;
        for (Throwable t = failure; t != null && jackson == null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                jackson = j;
            }
        }
        if (jackson == null) {
            return List.of();
        }
        String path = path(jackson);
        String field = path.isEmpty() ? "body" : path;
        return List.of(switch (jackson) {
            case JsonInput.Refused refused -> new FieldProblem(field, refused.code(), refused.arguments());
            case InvalidNullException n -> new FieldProblem(field, "required");
            case UnrecognizedPropertyException u ->
                    new FieldProblem(field, "unknown-field", InputLimits.shortened(u.getPropertyName()));
            case InputCoercionException c -> new FieldProblem(field, "number-too-large", InputLimits.MAX_INTEGER_DIGITS);
            case StreamConstraintsException c -> new FieldProblem(field, "too-large-document");
            case InvalidFormatException f -> new FieldProblem(field, "wrong-type");
            case MismatchedInputException m -> new FieldProblem(field, "wrong-type");
            default -> new FieldProblem(field, "unreadable-json");
        });
    }

    /** {@code a.b[2].c}, the way {@code InvalidInputException}s name fields. */
    static String path(JacksonException e) {
        var out = new StringBuilder();
        for (var ref : e.getPath()) {
            String name = ref.getPropertyName();
            if (name != null) {
                out.append(out.isEmpty() ? "" : ".").append(InputLimits.textRefusal(name).isPresent()
                        ? "?" : InputLimits.shortened(name));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
