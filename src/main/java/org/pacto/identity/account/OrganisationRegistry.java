package org.pacto.identity.account;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationJoined;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers, edits and (softly) removes organisations, validating against the reference lists. */
@Service
public class OrganisationRegistry {

    static final Set<String> LEVELS = Set.of("local", "subnational", "national", "regional", "global");
    private final OrganisationRepository organisations;
    private final Framework framework;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganisationRegistry(OrganisationRepository organisations, Framework framework, AuditTrail audit,
                         ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.framework = framework;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public OrganisationId register(OrganisationDetails details) {
        validate(details, null);
        var organisation = organisations.save(new Organisation(details));
        audit.changed("organisation", organisation.id().toString(), "created", describe(details));
        events.publishEvent(new OrganisationJoined(organisation.id(), organisation.name(),
                details.country() == null ? "" : details.country()));
        return organisation.id();
    }

    @Transactional
    public void update(OrganisationId id, OrganisationDetails details) {
        var organisation = find(id);
        validate(details, id);
        var before = describe(organisation.details());
        organisation.update(details);
        var after = describe(details);
        var changes = new LinkedHashMap<String, Object>();
        after.forEach((k, v) -> {
            if (!java.util.Objects.equals(before.get(k), v)) {
                changes.put(k, java.util.Map.of("from", String.valueOf(before.get(k)), "to", String.valueOf(v)));
            }
        });
        audit.changed("organisation", id.toString(), "updated", changes);
    }

    @Transactional
    public void delete(OrganisationId id, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(new FieldProblem("reason", "required"));
        }
        find(id).delete(by, reason.strip());
        audit.changed("organisation", id.toString(), "deleted", java.util.Map.of("reason", reason.strip()));
    }

    Organisation find(OrganisationId id) {
        return organisations.findById(id.value()).filter(o -> !o.deleted())
                .orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private void validate(OrganisationDetails d, OrganisationId self) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(new FieldProblem("name", "required"));
        } else if (d.name().length() > 300) {
            problems.add(new FieldProblem("name", "too-long", 300));
        } else {
            organisations.findActiveByName(d.name().strip())
                    .filter(o -> self == null || !o.id().equals(self))
                    .ifPresent(o -> problems.add(new FieldProblem("name", "duplicate-name")));
        }
        if (d.kind() == null || !framework.isTerm(Scheme.ENTITY_KIND, d.kind())) {
            problems.add(new FieldProblem("kind", "unknown-entity-kind"));
        }
        if (d.level() == null || !LEVELS.contains(d.level())) {
            problems.add(new FieldProblem("level", "unknown-level"));
        }
        if (d.country() != null && !framework.isCountry(d.country())) {
            problems.add(new FieldProblem("country", "unknown-country"));
        }
        if (d.website() != null && !d.website().isBlank() && !isWebAddress(d.website())) {
            problems.add(new FieldProblem("website", "not-a-web-address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static java.util.Map<String, Object> describe(OrganisationDetails d) {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", d.name());
        map.put("kind", d.kind());
        map.put("country", d.country());
        map.put("level", d.level());
        map.put("locality", d.locality());
        map.put("website", d.website());
        map.put("internal", d.internal());
        return map;
    }
}
