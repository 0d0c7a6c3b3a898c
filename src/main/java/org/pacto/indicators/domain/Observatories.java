package org.pacto.indicators.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.LocalizedText;
import org.pacto.platform.LocalizedTextConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observatories. Anyone reads them; an organisation's focal point (or the secretariat) opens one for it and
 * writes its notes.
 */
@Service
public class Observatories {

    static final String RECORD = "indicators.observatory";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Observatories(JdbcClient jdbc, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public List<Observatory> all() {
        return jdbc.sql("select * from indicators.observatory order by slug").query((r, i) -> row(r)).list();
    }

    public Optional<Observatory> bySlug(String slug) {
        return jdbc.sql("select * from indicators.observatory where slug = ?").param(slug)
                .query((r, i) -> row(r)).optional();
    }

    /** Opens an observatory for the actor's organisation (or any organisation, for the secretariat and admins). */
    @Transactional
    public Observatory open(Actor actor, UUID organisation, String slug, LocalizedText name,
                            LocalizedText description, String areaCode, String areaName,
                            @Nullable BigDecimal latitude, @Nullable BigDecimal longitude, boolean synthetic) {
        if (!actor.isStaff() && !actor.isFocalPointOf(new org.pacto.identity.OrganisationId(organisation))) {
            throw new AccessDeniedException("only the organisation's focal point or the secretariat");
        }
        return seed(organisation, slug, name, description, areaCode, areaName, latitude, longitude, synthetic);
    }

    /** Opens an observatory shipped with Pacto (the demo loader; no acting person). */
    @Transactional
    public Observatory seed(UUID organisation, String slug, LocalizedText name, LocalizedText description,
                            String areaCode, String areaName, @Nullable BigDecimal latitude,
                            @Nullable BigDecimal longitude, boolean synthetic) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into indicators.observatory (id, slug, organisation_id, name, description, area_code, area_name,
                  latitude, longitude, synthetic, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, slug, organisation, LocalizedTextConverter.write(name),
                        LocalizedTextConverter.write(description), areaCode, areaName, latitude, longitude, synthetic,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.changed(RECORD, id.toString(), "opened", Map.of("slug", slug, "area", areaCode));
        return bySlug(slug).orElseThrow();
    }

    /** A note on one of the observatory's figures (public text, never personal data). */
    @Transactional
    public void note(Actor actor, Observatory observatory, String indicator, String text) {
        if (!actor.isStaff() && !actor.isFocalPointOf(new org.pacto.identity.OrganisationId(observatory.organisation()))) {
            throw new AccessDeniedException("only the organisation's focal point or the secretariat");
        }
        seedNote(observatory, indicator, text);
    }

    /** A note shipped with Pacto (the demo loader; no acting person). */
    @Transactional
    public void seedNote(Observatory observatory, String indicator, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into indicators.note (id, observatory_id, indicator, text, created_at) values (?, ?, ?, ?, ?)")
                .params(id, observatory.id(), indicator, text, java.sql.Timestamp.from(clock.instant())).update();
        audit.changed(RECORD, observatory.id().toString(), "noted", Map.of("indicator", indicator));
    }

    public Map<String, List<String>> notes(Observatory observatory) {
        var notes = new java.util.LinkedHashMap<String, List<String>>();
        jdbc.sql("select indicator, text from indicators.note where observatory_id = ? order by created_at")
                .param(observatory.id())
                .query((r, i) -> Map.entry(r.getString(1), r.getString(2))).list()
                .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return notes;
    }

    private static Observatory row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Observatory(r.getObject("id", UUID.class), r.getString("slug"),
                r.getObject("organisation_id", UUID.class), LocalizedTextConverter.read(r.getString("name")),
                LocalizedTextConverter.read(r.getString("description")), r.getString("area_code"),
                r.getString("area_name"), r.getBigDecimal("latitude"), r.getBigDecimal("longitude"),
                r.getBoolean("synthetic"));
    }
}
