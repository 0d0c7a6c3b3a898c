package org.pacto.mobility.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared register of recognition procedures. Anyone reads it; the secretariat, or a focal point of a
 * government body ({@code state}) of the procedure's own country, adds to it (issue 14). What a focal point
 * sends counts as verified by that country on the day it is sent.
 */
@Service
public class RecognitionProcedures {

    private final ProcedureRepository repository;
    private final OccupationCatalog catalog;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    RecognitionProcedures(ProcedureRepository repository, OccupationCatalog catalog, Actors actors, AuditTrail audit,
                          ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public record Page(long total, List<RecognitionProcedure> items) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Validates everything first; then checks who may write for that country; then stores. */
    @Transactional
    public RecognitionProcedure create(Actor actor, ProcedureInput input) {
        var valid = ProcedureRules.check(input, catalog);
        boolean focalPoint = mayWriteAsFocalPoint(actor, valid.country());
        if (!focalPoint && !actor.isStaff()) {
            throw new AccessDeniedException("only the secretariat or a focal point of a government body of "
                    + valid.country());
        }
        var checked = focalPoint ? new ProcedureRules.Valid(valid.country(), valid.kind(), valid.institution(),
                valid.occupations(), valid.steps(), valid.legalBasis(), valid.url(), valid.support(), today()) : valid;
        var saved = repository.save(new RecognitionProcedure(checked, focalPoint, false,
                actor.organisation().value(), clock.instant()));
        audit.changed("mobility.procedure", saved.id().toString(), "created",
                Map.of("country", saved.country(), "kind", saved.kind().code()));
        return saved;
    }

    private boolean mayWriteAsFocalPoint(Actor actor, String country) {
        if (!actor.has(Role.FOCAL_POINT)) {
            return false;
        }
        return actors.organisation(actor.organisation())
                .filter(o -> "state".equals(o.kind()) && country.equals(o.country())).isPresent();
    }

    /** Demo content: stored as read from its source, never marked as verified by a focal point. */
    @Transactional
    public RecognitionProcedure createDemo(ProcedureInput input, boolean synthetic) {
        var valid = ProcedureRules.check(input, catalog);
        return repository.save(new RecognitionProcedure(valid, false, synthetic, null, clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean exists(String institution, String country) {
        return repository.existsByInstitutionAndCountry(institution, country);
    }

    /**
     * @param country ISO code or blank; @param occupation an ISCO-08 unit group or blank: matches that exact
     * unit group only, never its siblings in the same minor group
     */
    @Transactional(readOnly = true)
    public Page search(String country, String occupation, Paging paging) {
        List<UUID> ids = repository.matching(country.toUpperCase(Locale.ROOT), occupation);
        var page = ids.stream().skip(paging.offset()).limit(paging.size()).toList();
        var byId = repository.findAllById(page);
        var ordered = page.stream().map(id -> byId.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow())
                .toList();
        return new Page(ids.size(), ordered);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RecognitionProcedure> find(UUID id) {
        return repository.findById(id);
    }

    /** Countries that have at least one procedure, for the page's choice. */
    @Transactional(readOnly = true)
    public List<String> countries() {
        return repository.findAll().stream().map(RecognitionProcedure::country).distinct().sorted().toList();
    }
}
