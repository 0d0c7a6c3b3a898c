package org.pacto.portability.web;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pacto.portability.calculation.Step;
import org.pacto.portability.calculation.Text;
import org.pacto.portability.calculation.Warning;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.ProtectionOption;
import org.pacto.portability.calculation.catalog.SignatoryStatus;
import org.springframework.context.MessageSource;

/**
 * Renders the engine's language-neutral steps and warnings in one language: a step's code {@code c} is the key
 * {@code portability.step.c}, a warning's summary {@code portability.warning.c} and its detail
 * {@code portability.warning.c.detail}; a {@link Text} argument {@code t} is {@code portability.t}. Every argument
 * is turned into a string first (amounts keep their cents, dates stay ISO), so no locale number format applies.
 */
record EngineTexts(MessageSource messages, Locale locale) {

    String summary(String code) {
        return messages.getMessage("portability.warning." + code, null, code, locale);
    }

    String detail(Warning warning) {
        return message("portability.warning." + warning.code() + ".detail", warning.arguments());
    }

    String step(Step step) {
        return message("portability.step." + step.code(), step.arguments());
    }

    /** What an option is, e.g. "Ecuador: voluntary affiliation to the IESS from abroad". */
    String option(ProtectionOption option) {
        return message("portability.option." + option.code(), option.arguments());
    }

    String optionConditions(ProtectionOption option) {
        return message("portability.option." + option.code() + ".conditions", List.of());
    }

    private String message(String key, List<Object> arguments) {
        String fallback = key.substring(key.lastIndexOf('.') + 1);
        if (arguments.isEmpty()) {
            return messages.getMessage(key, null, fallback, locale);
        }
        Object[] rendered = new Object[arguments.size()];
        for (int i = 0; i < rendered.length; i++) {
            rendered[i] = argument(arguments.get(i));
        }
        // The raw pattern (no arguments: no formatting, no lock), filled without MessageFormat's lock.
        String pattern = messages.getMessage(key, null, null, locale);
        return pattern == null ? fallback : TextPatterns.format(pattern, rendered, locale);
    }

    private String argument(Object value) {
        return switch (value) {
            case Text t -> message("portability." + t.code(), t.arguments());
            case List<?> list -> list.stream().map(this::argument).collect(Collectors.joining(", "));
            case BigDecimal amount -> amount.toPlainString();
            case SignatoryStatus status -> message("portability.status." + status.code(), List.of());
            case Period age -> message("portability.age", List.of(age.getYears(), age.getMonths()));
            case PeriodLength length -> message("portability.unit." + length.unit().name().toLowerCase(Locale.ROOT),
                    List.of(length.amount()));
            case AgeCondition route when route.anyAge() && route.requiredPeriod() != null ->
                    message("portability.anyAgeWithPeriod", List.of(route.requiredPeriod()));
            case AgeCondition route -> route.requiredPeriod() == null
                    ? argument(Period.of(route.years(), route.months(), 0))
                    : argument(Period.of(route.years(), route.months(), 0)) + " "
                            + message("portability.withPeriod", List.of(route.requiredPeriod()));
            default -> String.valueOf(value);
        };
    }
}
