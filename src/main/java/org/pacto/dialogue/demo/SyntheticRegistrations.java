package org.pacto.dialogue.demo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic registrations for the demo dialogue of 8 August 2023, deterministic (no randomness: the same list every
 * time), so that its figures come close to the report's (seed 003, section b: 181 participants from 28 countries in
 * the first session, 141 from 27 in the second). Nobody in it exists: names read "Participante sintético",
 * addresses end in {@code .invalid} (RFC 2606) and every row is marked synthetic.
 */
final class SyntheticRegistrations {

    /** 28 countries of Latin America and the Caribbean; the second session is attended from the first 27. */
    static final List<String> COUNTRIES = List.of("AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "SV", "GT",
            "HT", "HN", "JM", "MX", "NI", "PA", "PY", "PE", "TT", "UY", "VE", "BZ", "BB", "GY", "SR", "BS", "LC");
    static final int REGISTERED = 262;
    static final int FIRST_SESSION = 181;
    static final int SECOND_SESSION = 141;
    /** The second session's attendants are counted from this registration on. */
    static final int SECOND_FROM = 100;

    record Person(int index, String name, String email, String organisation, String country, String sector,
                  @Nullable String gender) {
    }

    private SyntheticRegistrations() {
    }

    static List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < REGISTERED; i++) {
            String number = String.format("%03d", i + 1);
            people.add(new Person(i, "Participante sintético " + number, "participante" + number + "@sintetico.invalid",
                    "Organización sintética " + String.format("%02d", i % 60 + 1), COUNTRIES.get(i % COUNTRIES.size()),
                    sector(i), gender(i)));
        }
        return people;
    }

    /** Half civil society, then national governments, the UN, local governments and academia (as seed 003 lists them). */
    static String sector(int i) {
        int bucket = i % 20;
        if (bucket < 10) {
            return "civil-society";
        }
        if (bucket < 14) {
            return "national-government";
        }
        if (bucket < 17) {
            return "un";
        }
        return bucket < 19 ? "local-government" : "academia";
    }

    static @Nullable String gender(int i) {
        return switch (i % 5) {
            case 0, 2 -> "mujer";
            case 1, 3 -> "hombre";
            default -> null;
        };
    }

    /** Indices attending the first session: the first 181 registrations (all 28 countries). */
    static List<Integer> firstSession() {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < FIRST_SESSION; i++) {
            indices.add(i);
        }
        return indices;
    }

    /** Indices attending the second: 141 registrations from {@link #SECOND_FROM} on, none from the 28th country. */
    static List<Integer> secondSession() {
        List<Integer> indices = new ArrayList<>();
        String left = COUNTRIES.getLast();
        for (int i = SECOND_FROM; i < REGISTERED && indices.size() < SECOND_SESSION; i++) {
            if (!COUNTRIES.get(i % COUNTRIES.size()).equals(left)) {
                indices.add(i);
            }
        }
        return indices;
    }
}
