package org.pacto.mobility.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The /skills page's query, bound as one record: a country, a second one to compare, words or an ISCO code. */
public record SkillsFilter(@Nullable String country, @Nullable String compare, @Nullable String q,
                    @Nullable String occupation) {

    public String countryCode() {
        return code(country);
    }

    public String compareCode() {
        return code(compare);
    }

    public String words() {
        return q == null ? "" : q.strip();
    }

    public String occupationCode() {
        return occupation == null ? "" : occupation.strip();
    }

    private static String code(@Nullable String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
