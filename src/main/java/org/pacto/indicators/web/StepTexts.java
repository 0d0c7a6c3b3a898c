package org.pacto.indicators.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pacto.indicators.calculation.Step;
import org.springframework.context.MessageSource;

/**
 * Renders the core's language-neutral steps: code {@code c} is the message {@code indicators.step.c}; numbers keep
 * their decimals as plain strings (no locale format), lists are joined with commas.
 */
record StepTexts(MessageSource messages, Locale locale) {

    ComputeAnswers.StepView view(Step step) {
        Object[] arguments = step.arguments().stream().map(StepTexts::argument).toArray();
        return new ComputeAnswers.StepView(step.code(),
                messages.getMessage("indicators.step." + step.code(), arguments, step.code(), locale), step.source());
    }

    List<ComputeAnswers.StepView> views(List<Step> steps) {
        return steps.stream().map(this::view).toList();
    }

    private static String argument(Object value) {
        return switch (value) {
            case BigDecimal d -> d.toPlainString();
            case List<?> list -> list.stream().map(StepTexts::argument).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}
