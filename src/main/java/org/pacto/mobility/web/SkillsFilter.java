package org.pacto.mobility.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The /skills page's query, bound as one record: a country, a second one to compare, words or an ISCO code. */
record SkillsFilter(@Nullable String country, @Nullable String compare, @Nullable String q,
                    @Nullable String occupation) {

    String countryCode() {
        return code(country);
    }

    String compareCode() {
        return code(compare);
    }

    String words() {
        return q == null ? "" : q.strip();
    }

    String occupationCode() {
        return occupation == null ? "" : occupation.strip();
    }

    private static String code(@Nullable String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    }
}
