package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.pacto.financing.calculation.Step;
import org.springframework.context.MessageSource;

/**
 * Renders the pure core's steps in one language: code {@code c} is the key {@code financing.step.c}. Amounts keep
 * their cents as plain numbers so that a figure reads the same in the API and on the page.
 */
public record StepTexts(MessageSource messages, Locale locale) {

    /** One step as shown to people and integrators: its code, its sentence and its source. */
    public record StepView(String code, String text, String source) {
    }

    public List<StepView> views(List<Step> steps) {
        return steps.stream().map(s -> new StepView(s.code(), text(s), s.source())).toList();
    }

    public String text(Step step) {
        Object[] arguments = step.arguments().stream()
                .map(a -> a instanceof BigDecimal d ? d.setScale(Math.max(0, Math.min(2, d.scale())),
                        java.math.RoundingMode.HALF_EVEN).toPlainString() : a.toString())
                .toArray();
        return messages.getMessage("financing.step." + step.code(), arguments, step.code(), locale);
    }
}
