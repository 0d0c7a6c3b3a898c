package org.pacto.financing.calculation;

import java.util.List;

/**
 * One step of a computation, language-neutral: a message code ({@code financing.step.<code>} in the bundle), its
 * arguments (strings, numbers, dates; never null) and the rule it applies (the fund's rules or the seed).
 */
public record Step(String code, List<Object> arguments, String source) {

    public Step {
        arguments = List.copyOf(arguments);
    }

    public static Step of(String code, String source, Object... arguments) {
        return new Step(code, List.of(arguments), source);
    }
}
