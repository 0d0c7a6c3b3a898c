package org.pacto.pledges.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Role;
import org.pacto.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the list, the dashboard, the map and the open data, straight from the tables. */
@Component
public class PledgeSearch {

    /** Statuses still open (for the overdue rule, as in {@code calculation.Deadlines}). */
    private static final String OVERDUE = "(p.status in ('published','in-progress') and p.deadline < current_date"
            + " and p.fulfilment < 100)";

    /** Aggregates (facets, counts, the map) are kept this long, unless a pledge changes first. */
    static final long CACHE_MILLIS = 60_000;
    private static final int CACHE_ENTRIES = 1_000;

    private final JdbcClient jdbc;
    private final Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public PledgeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Cached(long at, Object value) {
    }

    /**
     * Aggregates over all matching pledges change only when a pledge does: they are computed once
     * per filter and kept for {@link #CACHE_MILLIS} at most (so several instances converge), and
     * dropped at once when this instance changes a pledge ({@link #invalidate()}).
     */
    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> compute) {
        long now = System.currentTimeMillis();
        Cached hit = cache.get(key);
        if (hit != null && now - hit.at() < CACHE_MILLIS) {
            return (T) hit.value();
        }
        T value = compute.get();
        if (cache.size() >= CACHE_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Cached(now, value));
        return value;
    }

    /** Called when a pledge changes (and again after its transaction commits). */
    public void invalidate() {
        cache.clear();
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            cache.clear();
                        }
                    });
        }
    }

    public record Item(UUID id, String title, String organisation, String kind, String type, String status,
                       double fulfilment, LocalDate deadline, @Nullable LocalDate lastReport, List<String> countries,
                       @Nullable String region, boolean global, List<Integer> objectives, List<String> principles,
                       List<String> nature, int year, boolean overdue) {
    }

    public record Page(long total, List<Item> items, Map<String, Map<String, Long>> facets) {
    }

    /** Who is asking: public statuses for everyone, plus their own organisation's drafts (all for the secretariat). */
    record Where(String sql, Map<String, Object> params) {
    }

    Where where(PledgeFilter f, @Nullable Actor actor) {
        var sql = new StringBuilder("p.deleted_at is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor == null) {
            sql.append(" and p.status in ('published','in-progress','fulfilled','partially-fulfilled',"
                    + "'not-fulfilled','withdrawn')");
        } else if (!actor.has(Role.SECRETARIAT) && !actor.has(Role.ADMIN)) {
            sql.append(" and (p.status in ('published','in-progress','fulfilled','partially-fulfilled',"
                    + "'not-fulfilled','withdrawn') or p.organisation_id = :me)");
            params.put("me", actor.organisation().value());
        }
        if (f.q() != null) {
            sql.append(" and (p.title ilike :q or p.organisation_name ilike :q or exists (select 1 from"
                    + " pledges.translation tq where tq.pledge_id = p.id and tq.title ilike :q))");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.objective() != null) {
            sql.append(" and p.objectives @> array[:objective]::int[]");
            params.put("objective", f.objective());
        }
        if (f.principle() != null) {
            sql.append(" and p.principles @> array[:principle]::text[]");
            params.put("principle", f.principle());
        }
        if (f.kind() != null) {
            sql.append(" and p.organisation_kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.nature() != null) {
            sql.append(" and p.nature @> array[:nature]::text[]");
            params.put("nature", f.nature());
        }
        if (f.status() != null) {
            if (f.status().equals("overdue")) {
                sql.append(" and ").append(OVERDUE);
            } else {
                sql.append(" and p.status = :status");
                params.put("status", f.status());
            }
        }
        if (f.country() != null) {
            sql.append(" and p.countries @> array[:country]::text[]");
            params.put("country", f.country());
        }
        if (f.region() != null) {
            sql.append(" and p.regions @> array[:region]::text[]");
            params.put("region", f.region());
        }
        if (f.year() != null) {
            sql.append(" and p.year = :year");
            params.put("year", f.year());
        }
        return new Where(sql.toString(), params);
    }

    @Transactional(readOnly = true)
    public Page search(PledgeFilter filter, @Nullable Actor actor, Language language, int page, int size,
                       boolean withFacets) {
        Where w = where(filter, actor);
        long total = cached("count " + w, () -> jdbc.sql("select count(*) from pledges.pledge p where " + w.sql())
                .params(w.params()).query(Long.class).single());
        List<Item> items = items(w, language, "order by p.published_at desc nulls last, p.title, p.id",
                size, (long) page * size);
        return new Page(total, items, withFacets ? cached("facets " + w, () -> facets(w)) : Map.of());
    }

    /** Every matching pledge, for the open data (CSV, JSON) and reports; capped. */
    @Transactional(readOnly = true)
    public List<Item> all(PledgeFilter filter, Language language, int limit) {
        return items(where(filter, null), language, "order by p.year, p.title, p.id", limit, 0);
    }

    @Transactional(readOnly = true)
    public List<Item> overdue(PledgeFilter filter, Language language, int limit) {
        Where w = where(filter, null);
        return cached("overdue " + language + limit + w, () -> items(new Where(w.sql() + " and " + OVERDUE,
                w.params()), language, "order by p.deadline, p.id", limit, 0));
    }

    @Transactional(readOnly = true)
    public List<Item> byObjective(int objective, Language language) {
        return items(where(new PledgeFilter(null, objective, null, null, null, null, null, null, null), null),
                language, "order by p.fulfilment desc, p.title", 50, 0);
    }

    private List<Item> items(Where w, Language language, String order, int limit, long offset) {
        var params = new LinkedHashMap<>(w.params());
        params.put("lang", language.code());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select p.id, coalesce(t.title, p.title) title, p.organisation_name, p.organisation_kind,"
                        + " p.type, p.status, p.fulfilment, p.deadline, p.last_report_on, p.countries, p.region,"
                        + " p.global, p.objectives, p.principles, p.nature, p.year, " + OVERDUE + " overdue"
                        + " from pledges.pledge p left join pledges.translation t on t.pledge_id = p.id"
                        + " and t.language = :lang where " + w.sql() + " " + order + " limit :limit offset :offset")
                .params(params).query(PledgeSearch::item).list();
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        java.sql.Date last = rs.getDate(9);
        return new Item(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getBigDecimal(7).doubleValue(), rs.getDate(8).toLocalDate(),
                last == null ? null : last.toLocalDate(), strings(rs.getArray(10)), rs.getString(11),
                rs.getBoolean(12), ints(rs.getArray(13)), strings(rs.getArray(14)), strings(rs.getArray(15)),
                rs.getInt(16), rs.getBoolean(17));
    }

    private Map<String, Map<String, Long>> facets(Where w) {
        String sql = "with f as materialized (select p.objectives, p.principles, p.organisation_kind, p.nature,"
                + " p.status, p.regions, p.countries, p.year, p.fulfilment, " + OVERDUE + " overdue"
                + " from pledges.pledge p where " + w.sql() + ")"
                + " select 'objective', o::text, count(*) from f, unnest(f.objectives) o group by o"
                + " union all select 'principle', x, count(*) from f, unnest(f.principles) x group by x"
                + " union all select 'kind', organisation_kind, count(*) from f group by organisation_kind"
                + " union all select 'nature', x, count(*) from f, unnest(f.nature) x group by x"
                + " union all select 'status', status, count(*) from f group by status"
                + " union all select 'region', x, count(*) from f, unnest(f.regions) x group by x"
                + " union all select 'country', x, count(*) from f, unnest(f.countries) x group by x"
                + " union all select 'year', year::text, count(*) from f group by year"
                + " union all select 'fulfilment', case when fulfilment >= 100 then '100' else"
                + " (floor(fulfilment / 20) * 20)::int::text end, count(*) from f"
                + " where status <> 'draft' and status <> 'submitted' group by 2"
                + " union all select 'overdue', 'overdue', count(*) from f where overdue";
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("objective", "principle", "kind", "nature", "status", "region", "country", "year",
                "fulfilment", "overdue")) {
            facets.put(name, new LinkedHashMap<>());
        }
        jdbc.sql(sql).params(w.params()).query(rs -> {
            facets.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
        });
        facets.values().forEach(PledgeSearch::sortByKey);
        return facets;
    }

    private static void sortByKey(Map<String, Long> map) {
        var entries = new ArrayList<>(map.entrySet());
        entries.sort((a, b) -> {
            boolean na = a.getKey().matches("\\d+"), nb = b.getKey().matches("\\d+");
            return na && nb ? Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey()))
                    : a.getKey().compareTo(b.getKey());
        });
        map.clear();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    }

    public record CountryCount(String country, long pledges, long fulfilled, long inProgress, double meanFulfilment) {
    }

    /** Public pledges per country of implementation (regional and global ones are counted apart). */
    @Transactional(readOnly = true)
    public List<CountryCount> byCountry(PledgeFilter filter) {
        Where w = where(filter, null);
        return cached("countries " + w, () -> jdbc.sql("select c, count(*), count(*) filter (where p.status = 'fulfilled'),"
                        + " count(*) filter (where p.status in ('published','in-progress')), avg(p.fulfilment)"
                        + " from pledges.pledge p, unnest(p.countries) c where " + w.sql() + " group by c order by c")
                .params(w.params())
                .query((rs, row) -> new CountryCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBigDecimal(5).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue()))
                .list());
    }

    @Transactional(readOnly = true)
    public long withoutCountry(PledgeFilter filter) {
        Where w = where(filter, null);
        return cached("without country " + w, () -> jdbc.sql("select count(*) from pledges.pledge p where"
                + " cardinality(p.countries) = 0 and " + w.sql()).params(w.params()).query(Long.class).single());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Integer> ints(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Integer[]) array.getArray());
    }
}
