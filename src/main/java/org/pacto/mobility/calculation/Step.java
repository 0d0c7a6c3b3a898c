package org.pacto.mobility.calculation;

import java.util.List;

/**
 * One step of a calculation, language-neutral: a stable message code, its arguments and the rule or
 * source it applies. Arguments are strings, numbers or lists of these; never {@code null}.
 *
 * <p>Codes: stage-parallel, stage-sequence, duration-total, cost-per-currency, demand-growth,
 * domestic-flows, exit-capped, gap.
 */
public record Step(String code, List<Object> arguments, String source) {

    public Step {
        arguments = List.copyOf(arguments);
    }

    public static Step of(String code, String source, Object... arguments) {
        return new Step(code, List.of(arguments), source);
    }
}
