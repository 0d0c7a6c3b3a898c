package org.pacto.dialogue.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pacto.platform.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the module's pages share: problems as localised messages, times in the region's capitals. */
@Component
class PageSupport {

    /** The capitals the concept note of seed 003 gives its times in (San José, Bogotá, Bridgetown, Buenos Aires). */
    static final Map<String, ZoneId> CAPITALS = new java.util.LinkedHashMap<>(Map.of());

    static {
        CAPITALS.put("San José", ZoneId.of("America/Costa_Rica"));
        CAPITALS.put("Bogotá", ZoneId.of("America/Bogota"));
        CAPITALS.put("Bridgetown", ZoneId.of("America/Barbados"));
        CAPITALS.put("Buenos Aires", ZoneId.of("America/Argentina/Buenos_Aires"));
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;

    PageSupport(MessageSource messages) {
        this.messages = messages;
    }

    /** Each problem of a refused form as field → localised message. */
    Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        e.problems().forEach(p -> errors.merge(p.field(), message("problem." + p.code(), p.arguments().toArray()),
                (a, b) -> a + " " + b));
        return errors;
    }

    String message(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }

    static List<PageViews.CapitalTime> capitals(Instant starts, Instant ends) {
        return CAPITALS.entrySet().stream().map(e -> new PageViews.CapitalTime(e.getKey(),
                HOUR.format(starts.atZone(e.getValue())), HOUR.format(ends.atZone(e.getValue())))).toList();
    }
}
