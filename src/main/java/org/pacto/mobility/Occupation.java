package org.pacto.mobility;

import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;

/**
 * An ISCO-08 group: a major (1 digit), sub-major (2), minor (3) or unit group (4 digits), with its titles in
 * Spanish, English, French and Portuguese. A title missing in a language is {@code null} (see
 * {@code mobility/SOURCE.md}); {@link #title(Language)} then falls back to Spanish and {@link #translated} says so.
 */
public record Occupation(String code, String en, String es, String fr, @Nullable String pt) {

    public int level() {
        return code.length();
    }

    public boolean unitGroup() {
        return code.length() == 4;
    }

    public boolean translated(Language language) {
        return language != Language.PT || pt != null;
    }

    public String title(Language language) {
        return switch (language) {
            case EN -> en;
            case FR -> fr;
            case PT -> pt != null ? pt : es;
            default -> es;
        };
    }
}
