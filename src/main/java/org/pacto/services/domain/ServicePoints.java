package org.pacto.services.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes service points. Their operator's focal point, caseworkers and supervisors keep them, and the secretariat
 * for anyone (issue 13: "focal point or caseworker of the operator; secretariat").
 */
@Service
public class ServicePoints {

    static final String RECORD = "services.service-point";

    private final ServicePointRepository repository;
    private final ServicePointSearch search;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    ServicePoints(ServicePointRepository repository, ServicePointSearch search, Actors actors, AuditTrail audit,
                  ObjectProvider<Clock> clock) {
        this.repository = repository;
        this.search = search;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Whether the person keeps the points of that organisation. */
    public static boolean maintains(Actor actor, UUID operator) {
        return actor.isStaff() || (actor.actsFor(new OrganisationId(operator)) && (actor.has(Role.FOCAL_POINT)
                || actor.has(Role.CASEWORKER) || actor.has(Role.SUPERVISOR)));
    }

    @Transactional
    public ServicePointView create(Actor actor, ServicePointInput input) {
        OrganisationSummary operator = checked(actor, input);
        if (repository.existsByOperatorIdAndNameIgnoreCase(operator.id().value(), input.name().strip())) {
            throw new InvalidInputException(new FieldProblem("name", "duplicate-name"));
        }
        var point = repository.save(new ServicePoint(input, operator.id().value(), operator.name(), clock.instant()));
        audit.changed(RECORD, point.id().toString(), "created", Map.of("name", point.name()));
        repository.flush();
        return search.one(point.id());
    }

    @Transactional
    public ServicePointView update(Actor actor, UUID id, ServicePointInput input) {
        var point = repository.findById(id).orElseThrow(() -> new NotFoundException("service point", id));
        if (!maintains(actor, point.operatorId())) {
            throw new AccessDeniedException("not the operator of this service point");
        }
        OrganisationSummary operator = checked(actor, input);
        point.apply(input, operator.id().value(), operator.name());
        audit.changed(RECORD, id.toString(), "updated", Map.of("name", point.name()));
        repository.flush();
        return search.one(id);
    }

    /** A demo entry (module demo): written once, marked synthetic or not, with its source. */
    @Transactional
    public boolean createForDemo(ServicePointInput input, UUID operator, String operatorName, boolean synthetic,
                                 String source) {
        if (repository.existsByOperatorIdAndNameIgnoreCase(operator, input.name().strip())) {
            return false;
        }
        List<FieldProblem> problems = ServicePointRules.check(input);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("demo service point " + input.name() + ": " + problems);
        }
        var point = new ServicePoint(input, operator, operatorName, clock.instant());
        point.markDemo(synthetic, source);
        repository.save(point);
        return true;
    }

    private OrganisationSummary checked(Actor actor, ServicePointInput input) {
        List<FieldProblem> problems = new ArrayList<>(ServicePointRules.check(input));
        UUID operatorId = operator(input.operator(), actor, problems);
        OrganisationSummary operator = operatorId == null ? null
                : actors.organisation(new OrganisationId(operatorId)).orElse(null);
        if (operatorId != null && operator == null) {
            problems.add(new FieldProblem("operator", "unknown-organisation"));
        }
        if (operator != null && !maintains(actor, operatorId)) {
            throw new AccessDeniedException("may not keep this organisation's service points");
        }
        if (!problems.isEmpty() || operator == null) {
            throw new InvalidInputException(problems);
        }
        return operator;
    }

    private static @Nullable UUID operator(@Nullable String given, Actor actor, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return actor.organisation().value();
        }
        try {
            return UUID.fromString(given.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("operator", "invalid-id"));
            return null;
        }
    }
}
