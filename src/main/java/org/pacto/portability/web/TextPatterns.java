package org.pacto.portability.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fills a message pattern with arguments already rendered as strings, as {@link MessageFormat} would, without
 * its lock. Spring's message sources format a cached {@code MessageFormat} inside {@code synchronized}, so the
 * batch's threads, rendering the same warnings for every career, queued on a few shared instances; this keeps
 * one parsed form per pattern, immutable and shared. Patterns with anything but {@code {n}} and {@code ''}
 * (quoted literals, {@code {0,number}} sub-formats) go to a fresh {@code MessageFormat} instead, so the result
 * is always MessageFormat's (checked for every portability text in {@code TextPatternsTest}).
 */
final class TextPatterns {

    private static final ConcurrentHashMap<String, Object[]> PARSED = new ConcurrentHashMap<>();
    /** Marks a pattern this class leaves to MessageFormat. */
    private static final Object[] FALLBACK = new Object[0];

    private TextPatterns() {
    }

    static String format(String pattern, Object[] arguments, Locale locale) {
        Object[] parts = PARSED.computeIfAbsent(pattern, TextPatterns::parse);
        if (parts == FALLBACK) {
            return new MessageFormat(pattern, locale).format(arguments);
        }
        StringBuilder text = new StringBuilder(pattern.length() + 32);
        for (Object part : parts) {
            if (part instanceof Integer index) {
                if (index < arguments.length) {
                    text.append(arguments[index]);
                } else {
                    text.append('{').append(index).append('}');
                }
            } else {
                text.append((String) part);
            }
        }
        return text.toString();
    }

    /** Literal strings and argument indexes, or {@link #FALLBACK}. */
    private static Object[] parse(String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i += 2;
                    continue;
                }
                return FALLBACK;
            }
            if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    return FALLBACK;
                }
                String inside = pattern.substring(i + 1, close);
                if (inside.isEmpty() || inside.length() > 2 || !inside.chars().allMatch(Character::isDigit)) {
                    return FALLBACK;
                }
                if (!literal.isEmpty()) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(Integer.parseInt(inside));
                i = close + 1;
                continue;
            }
            if (c == '}') {
                return FALLBACK;
            }
            literal.append(c);
            i++;
        }
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
        }
        return parts.toArray();
    }
}
