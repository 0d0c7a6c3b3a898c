package org.pacto.indicators.calculation;

import java.util.List;

/**
 * One step of an indicator's computation, language-neutral: a stable code (rendered as the message
 * {@code indicators.step.<code>}), its arguments (strings, numbers, lists of these; never {@code null}) and the
 * method document it applies ({@link Sources}).
 *
 * <p>Codes: rpw-services, rpw-corridor-average, rpw-smart, rpw-smart-not-computable, rpw-global-average,
 * rpw-targets, recruitment-excluded, recruitment-ratio, recruitment-value, remittance-share, remittance-aggregate,
 * suppressed-primary, suppressed-complementary.
 */
public record Step(String code, List<Object> arguments, String source) {

    public Step {
        arguments = List.copyOf(arguments);
    }

    public static Step of(String code, String source, Object... arguments) {
        return new Step(code, List.of(arguments), source);
    }
}
