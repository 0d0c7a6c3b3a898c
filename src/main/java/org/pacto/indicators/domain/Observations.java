package org.pacto.indicators.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Published observations: written when an observatory publishes a figure, read by pages and the open-data API. */
@Service
public class Observations {

    static final String RECORD = "indicators.observation";
    /** The most observations one read answers (open-data files included). */
    public static final int LIMIT = 50_000;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    Observations(JdbcClient jdbc, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What publishing needs; the breakdown is empty for a total. */
    public record Publication(@Nullable UUID observatory, String indicator, String areaCode, String areaName,
                              String period, BigDecimal value, String unit, Map<String, String> breakdown,
                              @Nullable UUID dataset, @Nullable Integer datasetVersion, String source,
                              boolean synthetic) {
    }

    @Transactional
    public UUID publish(Publication p) {
        return publish(p, null);
    }

    /**
     * Publishes one figure, as part of a release when {@code release} is given. The observatory's earlier figure for
     * the same indicator, area, period and breakdown is superseded (kept, no longer read as current).
     */
    @Transactional
    public UUID publish(Publication p, @Nullable UUID release) {
        UUID id = UUID.randomUUID();
        var now = java.sql.Timestamp.from(clock.instant());
        String breakdown = json.writeValueAsString(new TreeMap<>(p.breakdown()));
        if (p.observatory() != null) {
            jdbc.sql("""
                    update indicators.observation set superseded_at = ? where observatory_id = ? and indicator = ?
                      and area_code = ? and period = ? and breakdown = ? and superseded_at is null""")
                    .params(now, p.observatory(), p.indicator(), p.areaCode(), p.period(), breakdown).update();
        }
        jdbc.sql("""
                insert into indicators.observation (id, observatory_id, indicator, area_code, area_name, period, value,
                  unit, breakdown, dataset_id, dataset_version, source, synthetic, published_at, release_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, p.observatory(), p.indicator(), p.areaCode(), p.areaName(), p.period(), p.value(),
                        p.unit(), breakdown, p.dataset(), p.datasetVersion(), p.source(), p.synthetic(), now, release)
                .update();
        audit.changed(RECORD, id.toString(), "published", Map.of("indicator", p.indicator(), "area", p.areaCode(),
                "period", p.period()));
        return id;
    }

    /** An indicator's observations, optionally for one area and one period, in area, period, breakdown order. */
    public List<Observation> of(String indicator, @Nullable String area, @Nullable String period) {
        var sql = new StringBuilder(
                "select * from indicators.observation where indicator = :indicator and superseded_at is null");
        var params = new java.util.HashMap<String, Object>();
        params.put("indicator", indicator);
        if (area != null) {
            sql.append(" and area_code = :area");
            params.put("area", area);
        }
        if (period != null) {
            sql.append(" and period = :period");
            params.put("period", period);
        }
        sql.append(" order by area_code, period, breakdown limit ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params).query((r, i) -> row(r)).list();
    }

    public List<Observation> ofObservatory(UUID observatory) {
        return jdbc.sql("select * from indicators.observation where observatory_id = ? and superseded_at is null "
                        + "order by indicator, area_code, breakdown, period")
                .param(observatory).query((r, i) -> row(r)).list();
    }

    public boolean any(UUID observatory) {
        return jdbc.sql("select count(*) from indicators.observation where observatory_id = ? "
                        + "and superseded_at is null").param(observatory)
                .query(Long.class).single() > 0;
    }

    private Observation row(java.sql.ResultSet r) throws java.sql.SQLException {
        Map<String, String> breakdown = json.readValue(r.getString("breakdown"),
                new TypeReference<Map<String, String>>() { });
        Object version = r.getObject("dataset_version");
        return new Observation(r.getObject("id", UUID.class), r.getObject("observatory_id", UUID.class),
                r.getString("indicator"), r.getString("area_code"), r.getString("area_name"), r.getString("period"),
                r.getBigDecimal("value"), r.getString("unit"), new TreeMap<>(breakdown),
                r.getObject("dataset_id", UUID.class), version == null ? null : ((Number) version).intValue(),
                r.getString("source"), r.getBoolean("synthetic"), r.getTimestamp("published_at").toInstant());
    }
}
