package org.pacto.dialogue.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/** The problems found in one request, collected before anything is written and refused together (400). */
final class Refusals {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A required text, stripped, at most {@code limit} characters; the stripped text or "" when refused. */
    String text(String field, @Nullable String value, int limit) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return "";
        }
        String stripped = value.strip();
        if (stripped.length() > limit) {
            problems.add(new FieldProblem(field, "too-long", limit));
            return "";
        }
        return stripped;
    }

    /** An optional text: null when absent or blank. */
    @Nullable String optional(String field, @Nullable String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(field, value, limit);
    }

    /** GCM objectives 1–23, each once; at least one unless {@code allowNone}. */
    List<Integer> objectives(String field, @Nullable List<Integer> values, boolean allowNone) {
        if (values == null || values.isEmpty()) {
            if (!allowNone) {
                problems.add(new FieldProblem(field, "required"));
            }
            return List.of();
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            int n = values.get(i);
            if (n < 1 || n > 23) {
                problems.add(new FieldProblem(field + "[" + i + "]", "unknown-objective", n));
            } else if (kept.contains(n)) {
                problems.add(new FieldProblem(field + "[" + i + "]", "duplicate-objective", n));
            } else {
                kept.add(n);
            }
        }
        return List.copyOf(kept);
    }

    /** A required instant within the platform's date bounds (InputLimits: 1900–2199); null when refused. */
    java.time.@Nullable Instant instant(String field, java.time.@Nullable Instant value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required"));
            return null;
        }
        int year = value.atZone(java.time.ZoneOffset.UTC).getYear();
        if (year < 1900 || year > 2199) {
            problems.add(org.pacto.platform.InputLimits.dateOutOfRange(field));
            return null;
        }
        return value;
    }

    java.time.@Nullable LocalDate date(String field, @Nullable String value) {
        return org.pacto.platform.InputLimits.date(value, field, true, problems);
    }

    void add(String field, String code, Object... arguments) {
        problems.add(new FieldProblem(field, code, arguments));
    }

    boolean any() {
        return !problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
