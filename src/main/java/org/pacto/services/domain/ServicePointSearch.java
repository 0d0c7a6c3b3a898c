package org.pacto.services.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.Paging;
import org.pacto.services.calculation.OpeningHours;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds service points: by position (a latitude/longitude box on the index, then the great-circle distance),
 * service, language, kind, locality, words and "open now" (each point's hours in its own time zone).
 */
@Service
public class ServicePointSearch {

    /** Mean earth radius (IUGG), km. */
    private static final double EARTH_KM = 6371.0088;
    private static final String COLUMNS = """
            id, name, kind, operator_id, operator_name, country, locality, address, latitude, longitude,
            opening_hours, time_zone, languages, services, child_sensitive, gender_responsive, accessibility,
            directions, verified_on, status, synthetic, source""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ServicePointSearch(JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A page of points and how many matched in all. */
    public record Result(long total, List<ServicePointView> items) {
    }

    public Result search(ServicePointFilter filter, Paging paging) {
        var f = filter.checked();
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new java.util.HashMap<>();
        String distance = "null::double precision";
        if (f.near() != null) {
            double lat = f.near().latitude();
            double lon = f.near().longitude();
            double dLat = Math.toDegrees(f.radiusKm() / EARTH_KM);
            where.append(" and latitude between :minLat and :maxLat");
            params.put("minLat", lat - dLat);
            params.put("maxLat", lat + dLat);
            double cos = Math.cos(Math.toRadians(Math.min(89.9, Math.abs(lat) + dLat)));
            double dLon = Math.toDegrees(f.radiusKm() / (EARTH_KM * cos));
            if (lon - dLon > -180 && lon + dLon < 180) {
                where.append(" and longitude between :minLon and :maxLon");
                params.put("minLon", lon - dLon);
                params.put("maxLon", lon + dLon);
            }
            distance = "2 * " + EARTH_KM + " * asin(least(1, sqrt(power(sin(radians(latitude - :lat) / 2), 2)"
                    + " + cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lon) / 2), 2))))";
            params.put("lat", lat);
            params.put("lon", lon);
            params.put("radius", f.radiusKm());
        }
        if (f.service() != null) {
            where.append(" and services @> array[cast(:service as text)]");
            params.put("service", f.service());
        }
        if (f.lang() != null) {
            where.append(" and languages @> array[cast(:lang as text)]");
            params.put("lang", f.lang());
        }
        if (f.childSensitive()) {
            where.append(" and child_sensitive");
        }
        if (f.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.locality() != null) {
            where.append(" and strpos(lower(locality), :locality) > 0");
            params.put("locality", f.locality().toLowerCase(Locale.ROOT));
        }
        if (f.q() != null) {
            where.append(" and (strpos(lower(name), :q) > 0 or strpos(lower(operator_name), :q) > 0"
                    + " or strpos(lower(address), :q) > 0 or strpos(lower(locality), :q) > 0)");
            params.put("q", f.q().toLowerCase(Locale.ROOT));
        }
        String inner = "select " + COLUMNS + ", " + distance + " as distance_km from services.service_point" + where;
        String sql = "select *, count(*) over () as total from (" + inner + ") s"
                + (f.near() != null ? " where distance_km <= :radius order by distance_km, name"
                : " order by country, locality, name");
        // "open now" is decided in Java (hours in each point's own zone), so its pages are cut after the check
        if (!f.openNow()) {
            sql += " limit :limit offset :offset";
            params.put("limit", paging.size());
            params.put("offset", paging.offset());
        } else {
            sql += " limit " + Paging.MAX_RESULTS;
        }
        long[] total = {0};
        List<ServicePointView> rows = jdbc.sql(sql).params(params).query((rs, n) -> {
            total[0] = rs.getLong("total");
            return view(rs);
        }).list();
        if (f.openNow()) {
            List<ServicePointView> open = rows.stream().filter(ServicePointView::openNow).toList();
            int from = (int) Math.min(open.size(), paging.offset());
            return new Result(open.size(), open.subList(from, Math.min(open.size(), from + paging.size())));
        }
        if (rows.isEmpty() && paging.page() > 1) {
            total[0] = count(inner, f.near() != null, params);
        }
        return new Result(total[0], rows);
    }

    private long count(String inner, boolean near, Map<String, Object> params) {
        var countParams = new java.util.HashMap<>(params);
        countParams.remove("limit");
        countParams.remove("offset");
        return jdbc.sql("select count(*) from (" + inner + ") s" + (near ? " where distance_km <= :radius" : ""))
                .params(countParams).query(Long.class).single();
    }

    public ServicePointView one(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("service point", id));
    }

    public Optional<ServicePointView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + ", null::double precision as distance_km from services.service_point"
                + " where id = :id").param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** Open points offering any of these services, for the objective pages. */
    public List<ServicePointView> offering(List<String> services, int limit) {
        return jdbc.sql("select " + COLUMNS + ", null::double precision as distance_km from services.service_point"
                        + " where services && cast(:services as text[]) and status <> 'closed'"
                        + " order by country, locality, name limit :limit")
                .param("services", services.toArray(String[]::new)).param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    private ServicePointView view(ResultSet rs) throws SQLException {
        String hours = rs.getString("opening_hours");
        String zone = rs.getString("time_zone");
        String status = rs.getString("status");
        double distance = rs.getDouble("distance_km");
        Double distanceKm = rs.wasNull() ? null : Math.round(distance * 100) / 100.0;
        return new ServicePointView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
                rs.getObject("operator_id", UUID.class), rs.getString("operator_name"), rs.getString("country"),
                rs.getString("locality"), rs.getString("address"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), hours, zone, strings(rs, "languages"), strings(rs, "services"),
                rs.getBoolean("child_sensitive"), rs.getBoolean("gender_responsive"), rs.getString("accessibility"),
                rs.getString("directions"), rs.getObject("verified_on", java.time.LocalDate.class), status,
                "open".equals(status) && openNow(hours, zone), distanceKm, rs.getBoolean("synthetic"),
                rs.getString("source"));
    }

    private boolean openNow(String hours, String zone) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of(zone)));
        return OpeningHours.parse(hours).map(h -> h.openAt(now.getDayOfWeek(), now.toLocalTime())).orElse(false);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

}
