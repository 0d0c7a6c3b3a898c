package org.pacto.identity.account;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationDeleted;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationJoined;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, edits and (softly) removes organisations, validating against the reference lists. Removing one
 * deactivates its people's accounts and API tokens and ends their sessions (issue 16, item 4); the records stay
 * readable to the secretariat. Events are published inside the transaction, so listeners of other modules
 * ({@code @ApplicationModuleListener}) receive them only once it has committed.
 */
@Service
public class OrganisationRegistry {

    static final Set<String> LEVELS = Set.of("local", "subnational", "national", "regional", "global");
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final ApiTokenRepository tokens;
    private final Framework framework;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrganisationRegistry(OrganisationRepository organisations, PersonRepository people, ApiTokenRepository tokens,
                         Framework framework, AuditTrail audit, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.people = people;
        this.tokens = tokens;
        this.framework = framework;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public OrganisationId register(Actor actor, OrganisationDetails details) {
        requireStaff(actor);
        return registerOnSetUp(details);
    }

    /** For the loaders that run before anyone can sign in (first admin, demo content). */
    @Transactional
    public OrganisationId registerOnSetUp(OrganisationDetails details) {
        validate(details, null);
        var organisation = organisations.save(new Organisation(details));
        audit.changed("organisation", organisation.id().toString(), "created", describe(details));
        events.publishEvent(new OrganisationJoined(organisation.id(), organisation.name(),
                details.country() == null ? "" : details.country()));
        return organisation.id();
    }

    @Transactional
    public void update(Actor actor, OrganisationId id, OrganisationDetails details) {
        requireStaff(actor);
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
        if (changes.containsKey("name") || changes.containsKey("kind") || changes.containsKey("country")) {
            events.publishEvent(new OrganisationUpdated(id, organisation.name(), details.kind(), details.country()));
        }
    }

    /**
     * Removes an organisation softly: its people can no longer sign in, their API tokens are revoked and their
     * sessions end; pending invitations to it are refused (see {@link Membership#invitation}).
     */
    @Transactional
    public void delete(Actor actor, OrganisationId id, String reason) {
        requireStaff(actor);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(new FieldProblem("reason", "required"));
        }
        find(id).delete(actor.email(), reason.strip());
        Instant now = Instant.now();
        var members = people.findAllInOrganisation(id.value());
        members.forEach(p -> p.deactivate(now));
        int revoked = members.isEmpty() ? 0 : tokens.revokeAll(members.stream().map(p -> p.id().value()).toList(), now);
        audit.changed("organisation", id.toString(), "deleted", java.util.Map.of("reason", reason.strip(),
                "deactivatedAccounts", members.size(), "revokedTokens", revoked));
        events.publishEvent(new OrganisationDeleted(id));
    }

    /** Every organisation, removed ones included, for the secretariat. */
    public List<Organisation> allForStaff(Actor actor) {
        requireStaff(actor);
        return organisations.findAll(org.springframework.data.domain.Sort.by("name"));
    }

    /** One organisation, even a removed one, for the secretariat. */
    public java.util.Optional<Organisation> anyForStaff(Actor actor, OrganisationId id) {
        requireStaff(actor);
        return organisations.findById(id.value());
    }

    public boolean active(OrganisationId id) {
        return organisations.findById(id.value()).filter(o -> !o.deleted()).isPresent();
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("only the secretariat manages organisations");
        }
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
