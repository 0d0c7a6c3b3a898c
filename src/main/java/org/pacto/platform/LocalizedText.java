package org.pacto.platform;

import java.util.Map;
import java.util.Optional;

/**
 * Text that people write, kept in the language it was written in and any translations. Reading it
 * in a language gives that translation when it exists, otherwise the original, and says which
 * language is shown so pages can tell the visitor.
 */
public record LocalizedText(Language original, Map<Language, String> versions) {

    public LocalizedText {
        versions = Map.copyOf(versions);
        if (!versions.containsKey(original)) {
            throw new IllegalArgumentException("The original language " + original + " has no text");
        }
    }

    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(language, Map.of(language, text));
    }

    public Shown in(Language wanted) {
        return Optional.ofNullable(versions.get(wanted))
                .map(text -> new Shown(text, wanted, true))
                .orElseGet(() -> new Shown(versions.get(original), original, false));
    }

    /** A text as shown, with the language it is in and whether that is the language asked for. */
    public record Shown(String text, Language language, boolean asked) {
    }
}
