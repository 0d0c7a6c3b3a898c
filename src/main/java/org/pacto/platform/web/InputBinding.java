package org.pacto.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The form and query side of {@link InputLimits}, for every controller of every module: parameters
 * and path variables holding control characters (NUL among them) or too long are refused before
 * the controller runs (whether it binds them or reads the request itself); bound text is
 * normalised to NFC; bound decimals and dates are bounded. Refusals are {@link InvalidInputException}s
 * naming the parameter, answered as 400 by {@link ErrorResponses}.
 */
@ControllerAdvice
class InputBinding implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            check(parameter.getKey(), parameter.getKey(), problems);
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, problems);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return true;
    }

    private static void check(String field, String value, List<FieldProblem> problems) {
        InputLimits.textRefusal(value).ifPresent(code -> {
            // a parameter's name is repeated in the answer: never one holding control characters
            String shown = InputLimits.textRefusal(field).isPresent() ? "parameter" : InputLimits.shortened(field);
            if (problems.stream().noneMatch(p -> p.field().equals(shown))) {
                problems.add(new FieldProblem(shown, code, InputLimits.MAX_TEXT));
            }
        });
    }

    /** Bound text is NFC, so that the same words compare and index the same way however typed. */
    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(@Nullable String text) {
                setValue(text == null ? null : InputLimits.normalised(text));
            }
        });
    }

    /** A decimal parameter within the platform's bounds; others fail binding (400). */
    static final class BoundedDecimal implements Converter<String, BigDecimal> {
        @Override
        public @Nullable BigDecimal convert(String source) {
            List<FieldProblem> problems = new ArrayList<>();
            BigDecimal value = InputLimits.decimal(source, "value", false, InputLimits.MAX_INTEGER_DIGITS,
                    InputLimits.MAX_SCALE, problems);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.getFirst().code());
            }
            return value;
        }
    }

    /** An ISO date parameter within the realistic range; others fail binding (400). */
    static final class RealisticDate implements Converter<String, LocalDate> {
        @Override
        public @Nullable LocalDate convert(String source) {
            if (source.isBlank()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(source.strip());
                if (!InputLimits.realistic(date)) {
                    throw new IllegalArgumentException("date-out-of-range");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not-a-date", e);
            }
        }
    }
}
