package org.pacto.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused form as the page shows it: each field's problems as one localised sentence, in the reader's language
 * (the API says the same with problem+json, {@code platform.web.ErrorResponses}). The messages are the bundles'
 * {@code problem.<code>} keys, so a page and the API never word one refusal two ways.
 */
@Component
public class FormProblems {

    private final MessageSource messages;

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** Field → message; two problems of one field are joined, in the order they were found. */
    public Map<String, String> of(InvalidInputException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.problems().forEach(p -> errors.merge(p.field(), message("problem." + p.code(),
                p.arguments().toArray()), (a, b) -> a + " " + b));
        return errors;
    }

    /** The sentence for a refused state change (409): {@code problem.<code>}. */
    public String of(ConflictException refused) {
        return message("problem." + refused.code());
    }

    private String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }
}
