package org.pacto.services.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * The service-point search, bound as one record from the query ({@code near=<lat>,<lon>&radiusKm=&service=&lang=
 * &childSensitive=&kind=&locality=&q=&openNow=}), the same on the pages and in the API.
 */
public record ServicePointFilter(@Nullable String near, @Nullable Double radiusKm, @Nullable String service,
                                 @Nullable String lang, @Nullable Boolean childSensitive, @Nullable String kind,
                                 @Nullable String locality, @Nullable String q, @Nullable Boolean openNow) {

    public static final double DEFAULT_RADIUS_KM = 10;
    public static final double MAX_RADIUS_KM = 2000;
    public static final ServicePointFilter NONE = new ServicePointFilter(null, null, null, null, null, null, null,
            null, null);

    /** A position on the earth. */
    public record Position(double latitude, double longitude) {
    }

    /** The filter with every value checked: an unknown code or a malformed position is a 400 naming it. */
    public Checked checked() {
        List<FieldProblem> problems = new ArrayList<>();
        Position position = null;
        if (present(near)) {
            String[] parts = near.split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                    throw new NumberFormatException();
                }
                position = new Position(lat, lon);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("near", "services-position"));
            }
        }
        double radius = radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            problems.add(new FieldProblem("radiusKm", "out-of-range", 0, (int) MAX_RADIUS_KM));
        }
        if (present(service) && ServiceOffered.fromCode(service).isEmpty()) {
            problems.add(new FieldProblem("service", "services-unknown-code", service));
        }
        if (present(kind) && ServiceKind.fromCode(kind).isEmpty()) {
            problems.add(new FieldProblem("kind", "services-unknown-code", kind));
        }
        if (present(lang) && !ServicePointRules.LANGUAGE.matcher(lang).matches()) {
            problems.add(new FieldProblem("lang", "services-unknown-code", lang));
        }
        if (present(locality) && locality.length() > 200) {
            problems.add(new FieldProblem("locality", "too-long", 200));
        }
        if (present(q) && q.length() > 200) {
            problems.add(new FieldProblem("q", "too-long", 200));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(position, radius, blankToNull(service), blankToNull(lang),
                Boolean.TRUE.equals(childSensitive), blankToNull(kind), blankToNull(locality), blankToNull(q),
                Boolean.TRUE.equals(openNow));
    }

    /** The filter after checking: codes known, the position parsed. */
    public record Checked(@Nullable Position near, double radiusKm, @Nullable String service, @Nullable String lang,
                          boolean childSensitive, @Nullable String kind, @Nullable String locality,
                          @Nullable String q, boolean openNow) {
    }

    public boolean any() {
        return present(near) || present(service) || present(lang) || Boolean.TRUE.equals(childSensitive)
                || present(kind) || present(locality) || present(q) || Boolean.TRUE.equals(openNow);
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return present(value) ? value.strip() : null;
    }
}
