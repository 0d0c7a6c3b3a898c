package org.pacto.dialogue.calculation;

import java.util.List;

/**
 * One step of a result, language-neutral: a stable message code ({@code dialogue.step.<code>}), its arguments and
 * the source of the rule it applies. Arguments are strings, numbers or lists of these; never {@code null}.
 */
public record Step(String code, List<Object> arguments, String source) {

    public Step {
        arguments = List.copyOf(arguments);
    }

    public static Step of(String code, String source, Object... arguments) {
        return new Step(code, List.of(arguments), source);
    }
}
