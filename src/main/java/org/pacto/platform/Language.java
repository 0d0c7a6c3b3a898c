package org.pacto.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Pacto speaks: Spanish first (Latin America and the Caribbean), then en, fr, pt. */
public enum Language {
    ES("es", "Español"), EN("en", "English"), FR("fr", "Français"), PT("pt", "Português");

    public static final Language DEFAULT = ES;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.trim().toLowerCase(Locale.ROOT);
        String primary = lower.contains("-") ? lower.substring(0, lower.indexOf('-')) : lower;
        String bare = primary.contains("_") ? primary.substring(0, primary.indexOf('_')) : primary;
        return Arrays.stream(values()).filter(l -> l.code.equals(bare)).findFirst();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(DEFAULT);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }
}
