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
import org.pacto.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reads for the list, the dashboard, the map, the indicators and the open data, straight from the tables; the
 * acting person (or none, for public reads) comes first.
 */
@Component
public class PledgeSearch {

    /** Statuses still open (for the overdue rule, as in {@code calculation.Deadlines}). */
    /** The title as written (the original version of the LocalizedText column). */
    private static final String ORIGINAL_TITLE = "(p.title::jsonb -> 'versions' ->> p.language)";

    private static final String OVERDUE = "(p.status in ('published','in-progress') and p.deadline < current_date"
            + " and p.fulfilment < 100)";

    /** Every cache of this class: emptied together when a pledge changes. */
    static final String SEARCH = "pledges.search", OVERDUE_LIST = "pledges.overdue", BY_OBJECTIVE = "pledges.by-objective",
            COUNTRIES = "pledges.countries", WITHOUT_COUNTRY = "pledges.without-country",
            INDICATORS = "pledges.indicators";

    private final JdbcClient jdbc;

    public PledgeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Lists and aggregates change only when a pledge does: they are cached ({@code platform.ModuleCaches}, bounded)
     * and emptied once the transaction that changed a pledge commits, so no reader sees an old list for long and
     * none refills the cache with what the transaction had not yet written.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @CacheEvict(cacheNames = {SEARCH, OVERDUE_LIST, BY_OBJECTIVE, COUNTRIES, WITHOUT_COUNTRY, INDICATORS},
            allEntries = true)
    public void on(PledgeChanged changed) {
        // the annotations do the work
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "PledgeItem", description = "A pledge in a list: public fields only, no contacts.")
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

    Where where(@Nullable Actor actor, PledgeFilter f) {
        var sql = new StringBuilder("p.deleted_at is null");
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor == null) {
            sql.append(" and p.status in ('published','in-progress','fulfilled','partially-fulfilled',"
                    + "'not-fulfilled','withdrawn')");
        } else if (!actor.isStaff()) {
            sql.append(" and (p.status in ('published','in-progress','fulfilled','partially-fulfilled',"
                    + "'not-fulfilled','withdrawn') or p.organisation_id = :me)");
            params.put("me", actor.organisation().value());
        }
        if (f.q() != null) {
            sql.append(" and (p.organisation_name ilike :q or exists (select 1 from"
                    + " jsonb_each_text(p.title::jsonb -> 'versions') tq where tq.value ilike :q))");
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
        if (f.indicator() != null) {
            sql.append(" and exists (select 1 from pledges.target ti where ti.pledge_id = p.id"
                    + " and ti.indicator = :indicator)");
            params.put("indicator", f.indicator());
        }
        if (f.year() != null) {
            sql.append(" and p.year = :year");
            params.put("year", f.year());
        }
        return new Where(sql.toString(), params);
    }

    @Transactional(readOnly = true)
    @Cacheable(SEARCH)
    public Page search(@Nullable Actor actor, PledgeFilter filter, Language language, int page, int size,
                       boolean withFacets) {
        Where w = where(actor, filter);
        long total = jdbc.sql("select count(*) from pledges.pledge p where " + w.sql())
                .params(w.params()).query(Long.class).single();
        List<Item> items = items(w, language, "order by p.published_at desc nulls last, " + ORIGINAL_TITLE + ", p.id",
                size, (long) page * size);
        return new Page(total, items, withFacets ? facets(w) : Map.of());
    }

    /** Every matching public pledge, for the open data (CSV, JSON) and reports; capped, not cached (large). */
    @Transactional(readOnly = true)
    public List<Item> all(PledgeFilter filter, Language language, int limit) {
        return items(where(null, filter), language, "order by p.year, " + ORIGINAL_TITLE + ", p.id", limit, 0);
    }

    @Transactional(readOnly = true)
    @Cacheable(OVERDUE_LIST)
    public List<Item> overdue(PledgeFilter filter, Language language, int limit) {
        Where w = where(null, filter);
        return items(new Where(w.sql() + " and " + OVERDUE, w.params()), language, "order by p.deadline, p.id",
                limit, 0);
    }

    @Transactional(readOnly = true)
    @Cacheable(BY_OBJECTIVE)
    public List<Item> byObjective(int objective, Language language) {
        return items(where(null, PledgeFilter.NONE.withObjective(objective)), language,
                "order by p.fulfilment desc, " + ORIGINAL_TITLE, 50, 0);
    }

    /** Public pledges per indicator their targets name (seed 004: pledges followed through GCM indicators). */
    public record IndicatorTotal(String indicator, long pledges, long targets, double meanProgress) {
    }

    /**
     * Public pledges added up by the indicator their targets name: how many pledges and targets, and the mean
     * progress of those targets (latest value between baseline and target, clamped to 0–100 %, as in
     * {@code calculation.Fulfilment}).
     */
    @Transactional(readOnly = true)
    @Cacheable(INDICATORS)
    public List<IndicatorTotal> indicators(PledgeFilter filter) {
        Where w = where(null, filter);
        return jdbc.sql("select t.indicator, count(distinct p.id), count(*), coalesce(avg(least(greatest(case"
                        + " when t.target = t.baseline then case when coalesce(t.latest_value, t.baseline) >= t.target"
                        + " and t.latest_value is not null then 1 else 0 end"
                        + " else (coalesce(t.latest_value, t.baseline) - t.baseline) / (t.target - t.baseline) end,"
                        + " 0), 1)), 0) * 100 from pledges.pledge p join pledges.target t on t.pledge_id = p.id"
                        + " where t.indicator is not null and " + w.sql() + " group by t.indicator order by t.indicator")
                .params(w.params())
                .query((rs, row) -> new IndicatorTotal(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue()))
                .list();
    }

    private List<Item> items(Where w, Language language, String order, int limit, long offset) {
        var params = new LinkedHashMap<>(w.params());
        params.put("lang", language.code());
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select p.id, coalesce(p.title::jsonb -> 'versions' ->> :lang, " + ORIGINAL_TITLE + ") title,"
                        + " p.organisation_name, p.organisation_kind,"
                        + " p.type, p.status, p.fulfilment, p.deadline, p.last_report_on, p.countries, p.region,"
                        + " p.global, p.objectives, p.principles, p.nature, p.year, " + OVERDUE + " overdue"
                        + " from pledges.pledge p where " + w.sql() + " " + order + " limit :limit offset :offset")
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
    @Cacheable(COUNTRIES)
    public List<CountryCount> byCountry(PledgeFilter filter) {
        Where w = where(null, filter);
        return (jdbc.sql("select c, count(*), count(*) filter (where p.status = 'fulfilled'),"
                        + " count(*) filter (where p.status in ('published','in-progress')), avg(p.fulfilment)"
                        + " from pledges.pledge p, unnest(p.countries) c where " + w.sql() + " group by c order by c")
                .params(w.params())
                .query((rs, row) -> new CountryCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getBigDecimal(5).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue()))
                .list());
    }

    @Transactional(readOnly = true)
    @Cacheable(WITHOUT_COUNTRY)
    public long withoutCountry(PledgeFilter filter) {
        Where w = where(null, filter);
        return (jdbc.sql("select count(*) from pledges.pledge p where"
                + " cardinality(p.countries) = 0 and " + w.sql()).params(w.params()).query(Long.class).single());
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static List<Integer> ints(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : List.of((Integer[]) array.getArray());
    }
}
