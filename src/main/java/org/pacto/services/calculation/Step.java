package org.pacto.services.calculation;

import java.util.List;

/**
 * One step of an assessment, language-neutral: a stable message code ({@code services.step.<code>}), its
 * arguments (strings and numbers, never {@code null}) and the source it applies.
 *
 * <p>Codes: proof-counted, identity-points, residence-points, sufficient, insufficient-identity,
 * insufficient-residence.
 */
public record Step(String code, List<Object> arguments, String source) {

    public Step {
        arguments = List.copyOf(arguments);
    }

    public static Step of(String code, String source, Object... arguments) {
        return new Step(code, List.of(arguments), source);
    }
}
