package org.pacto.portability.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Localised summaries of the engine's warning codes ({@code portability.warning.<code>}). */
record WarningTexts(MessageSource messages, Locale locale) {

    String summary(String code) {
        return messages.getMessage("portability.warning." + code, null, code, locale);
    }
}
