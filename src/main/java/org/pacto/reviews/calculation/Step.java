package org.pacto.reviews.calculation;

import java.util.List;

/**
 * One step of a check, language-neutral: a stable message code ({@code reviews.step.<code>} in the bundles), its
 * arguments (strings, numbers, dates or lists of these; never {@code null}) and the source of the rule.
 */
public record Step(String code, List<Object> arguments, String source) {

    public Step {
        arguments = List.copyOf(arguments);
    }

    public static Step of(String code, String source, Object... arguments) {
        return new Step(code, List.of(arguments), source);
    }
}
