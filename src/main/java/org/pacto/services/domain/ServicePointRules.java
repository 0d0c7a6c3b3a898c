package org.pacto.services.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.services.calculation.OpeningHours;

/** What a service point must hold before anything is written: every field checked, every fault named. */
final class ServicePointRules {

    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final int NAME = 300;
    private static final int LINE = 500;
    private static final int NOTE = 1000;
    private static final int MAX_ITEMS = 20;

    private ServicePointRules() {
    }

    static List<FieldProblem> check(ServicePointInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", in.name(), NAME, true);
        if (in.kind() == null || in.kind().isBlank()) {
            problems.add(new FieldProblem("kind", "required"));
        } else if (ServiceKind.fromCode(in.kind()).isEmpty()) {
            problems.add(new FieldProblem("kind", "services-unknown-code", in.kind()));
        }
        if (in.country() == null || in.country().isBlank()) {
            problems.add(new FieldProblem("country", "required"));
        } else if (!COUNTRY.matcher(in.country()).matches()) {
            problems.add(new FieldProblem("country", "unknown-country"));
        }
        text(problems, "locality", in.locality(), 200, true);
        text(problems, "address", in.address(), LINE, true);
        if (in.latitude() == null) {
            problems.add(new FieldProblem("latitude", "required"));
        } else if (in.latitude() < -90 || in.latitude() > 90) {
            problems.add(new FieldProblem("latitude", "out-of-range", -90, 90));
        }
        if (in.longitude() == null) {
            problems.add(new FieldProblem("longitude", "required"));
        } else if (in.longitude() < -180 || in.longitude() > 180) {
            problems.add(new FieldProblem("longitude", "out-of-range", -180, 180));
        }
        if (in.openingHours() == null || in.openingHours().isBlank()) {
            problems.add(new FieldProblem("openingHours", "required"));
        } else if (in.openingHours().length() > 300 || OpeningHours.parse(in.openingHours()).isEmpty()) {
            problems.add(new FieldProblem("openingHours", "services-opening-hours"));
        }
        if (in.timeZone() == null || in.timeZone().isBlank()) {
            problems.add(new FieldProblem("timeZone", "required"));
        } else if (!zone(in.timeZone())) {
            problems.add(new FieldProblem("timeZone", "services-time-zone"));
        }
        codes(problems, "languages", in.languages(), true, code -> LANGUAGE.matcher(code).matches());
        codes(problems, "services", in.services(), true, code -> ServiceOffered.fromCode(code).isPresent());
        text(problems, "accessibility", in.accessibility(), NOTE, false);
        text(problems, "directions", in.directions(), NOTE, false);
        if (in.verifiedOn() == null) {
            problems.add(new FieldProblem("verifiedOn", "required"));
        }
        if (in.status() != null && PointStatus.fromCode(in.status()).isEmpty()) {
            problems.add(new FieldProblem("status", "services-unknown-code", in.status()));
        }
        return problems;
    }

    private static boolean zone(String id) {
        try {
            ZoneId.of(id);
            return id.length() <= 60;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static void text(List<FieldProblem> problems, String field, @Nullable String value, int limit, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
        } else if (value.strip().length() > limit) {
            problems.add(new FieldProblem(field, "too-long", limit));
        }
    }

    static void codes(List<FieldProblem> problems, String field, @Nullable List<String> values, boolean required,
                      java.util.function.Predicate<String> known) {
        if (values == null || values.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "required"));
            }
            return;
        }
        if (values.size() > MAX_ITEMS) {
            problems.add(new FieldProblem(field, "too-many", MAX_ITEMS));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!known.test(values.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "services-unknown-code", values.get(i)));
            }
        }
    }
}
