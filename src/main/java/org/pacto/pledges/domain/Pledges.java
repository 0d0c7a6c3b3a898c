package org.pacto.pledges.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.pledges.PledgePublished;
import org.pacto.pledges.domain.PledgeInput.ReportInput;
import org.pacto.pledges.domain.PledgeInput.ValueInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a pledge, by role inside the organisation (issue 16, item 2; seed 004's Pledging
 * Initiative, where an entity makes a pledge through the person who represents it):
 *
 * <table>
 *   <caption>Pledge actions by role</caption>
 *   <tr><th>action</th><th>focal point of the pledging organisation</th><th>member of it</th>
 *       <th>reviewer of it</th><th>another organisation</th><th>secretariat / admin</th></tr>
 *   <tr><td>draft (create, attach files)</td><td>yes</td><td>yes</td><td>no</td><td>no (drafts for its own)</td>
 *       <td>attach files only</td></tr>
 *   <tr><td>submit</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>publish / return</td><td>no</td><td>no</td><td>no</td><td>no</td><td>yes</td></tr>
 *   <tr><td>report progress</td><td>yes</td><td>yes</td><td>no</td><td>a co-signatory's focal point or
 *       members, on its part</td><td>no (corrects, with a reason)</td></tr>
 *   <tr><td>close / withdraw</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>invite co-signatories</td><td>yes</td><td>no</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>sign (accept an invitation, join an open pledge)</td><td colspan="3">—</td>
 *       <td>its focal point</td><td>no</td></tr>
 *   <tr><td>read contacts</td><td>yes</td><td>yes</td><td>no</td><td>a co-signatory's focal point or
 *       members</td><td>yes (audited)</td></tr>
 * </table>
 *
 * The focal point acts for the organisation: what commits it (submitting, closing or withdrawing, inviting
 * partners, signing someone else's pledge) is theirs. Members prepare drafts and report progress, the day-to-day
 * work. A reviewer belongs to an organisation only to review practices: it has no pledge rights there. The
 * secretariat publishes or returns and corrects reports; it never acts for an organisation. Anyone in an
 * organisation sees its drafts (visibility is not a right to act).
 *
 * <p>Drafts and submitted pledges exist only for the pledging and invited organisations and the secretariat
 * (others get 404); a refused action on a visible pledge is 403. Every change publishes {@link PledgeChanged}.
 */
@Service
public class Pledges {

    private final PledgeRepository repository;
    private final PledgeRules rules;
    private final Actors actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PledgeViews views;

    Pledges(PledgeRepository repository, PledgeRules rules, Actors actors, AuditTrail audit,
            ApplicationEventPublisher events, PledgeViews views) {
        this.repository = repository;
        this.rules = rules;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.views = views;
        this.clock = Clock.systemUTC();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the person may draft pledges for their organisation (focal points and members). */
    public boolean mayDraft(Actor actor) {
        return PledgePermissions.mayDraft(actor);
    }

    @Transactional
    public UUID create(Actor actor, PledgeInput input) {
        if (!PledgePermissions.mayDraft(actor)) {
            throw new AccessDeniedException("focal points and members draft pledges");
        }
        PledgeDetails details = rules.check(input, id -> repository.findById(id)
                .map(p -> p.status().isPublic()).orElse(false));
        var organisation = actors.organisation(actor.organisation())
                .orElseThrow(() -> new AccessDeniedException("no organisation"));
        boolean champion = details.champion() && organisation.kind().equals("state");
        if (details.champion() && !champion) {
            throw new InvalidInputException(new FieldProblem("champion", "champion-states-only"));
        }
        var pledge = new Pledge(organisation.id().value(), organisation.name(), organisation.kind(), details);
        repository.save(pledge);
        audit.changed("pledge", pledge.id().toString(), "created", Map.of("title", pledge.title(),
                "status", pledge.status().code()));
        changed(pledge);
        return pledge.id();
    }

    @Transactional
    public void submit(Actor actor, UUID id) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!PledgePermissions.leads(actor, pledge)) {
            throw new AccessDeniedException("the focal point of the pledging organisation submits");
        }
        pledge.submit();
        audit.changed("pledge", id.toString(), "submitted", Map.of("status", pledge.status().code()));
        changed(pledge);
    }

    @Transactional
    public void decide(Actor actor, UUID id, @Nullable String decision, @Nullable String reason) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("only the secretariat decides");
        }
        Pledge pledge = visible(Optional.of(actor), id);
        String why = reason == null ? "" : reason.strip();
        if ("publish".equals(decision)) {
            pledge.publish(Instant.now(clock));
            audit.changed("pledge", id.toString(), "published", Map.of("status", pledge.status().code(),
                    "reason", why));
            events.publishEvent(new PledgePublished(id, pledge.title(), pledge.organisationName()));
        } else if ("return".equals(decision)) {
            if (why.isEmpty()) {
                throw new InvalidInputException(new FieldProblem("reason", "required"));
            }
            pledge.returnWith(why);
            audit.changed("pledge", id.toString(), "returned", Map.of("status", pledge.status().code(),
                    "reason", why));
        } else {
            throw new InvalidInputException(new FieldProblem("decision", "unknown-decision"));
        }
        changed(pledge);
    }

    @Transactional
    public UUID report(Actor actor, UUID id, ReportInput input) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!PledgePermissions.mayReport(actor, pledge)) {
            throw new AccessDeniedException("the pledgers' focal points and members report progress");
        }
        var checked = rules.check(input, targetIds(pledge), today());
        UUID reporter = actor.organisation().value();
        for (Target target : pledge.targets()) {
            if (checked.values().containsKey(target.id()) && !target.reportedBy(reporter, pledge.organisationId())) {
                throw new AccessDeniedException("a co-signatory reports only on its part");
            }
        }
        if (!pledge.status().open()) {
            throw new ConflictException("not-open", "progress is reported on published pledges");
        }
        var report = pledge.report(checked.date(), checked.narrative(), reporter, checked.values());
        audit.changed("pledge", id.toString(), "progress-reported", Map.of("report", report.id().toString(),
                "values", checked.values().toString(), "fulfilment", pledge.fulfilment().toPlainString()));
        changed(pledge);
        return report.id();
    }

    @Transactional
    public void correct(Actor actor, UUID id, UUID reportId, @Nullable List<ValueInput> values,
                        @Nullable String narrative, @Nullable String reason) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("only the secretariat corrects reports");
        }
        Pledge pledge = visible(Optional.of(actor), id);
        List<FieldProblem> problems = new ArrayList<>();
        var checked = rules.checkValues(values, targetIds(pledge), problems);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(new FieldProblem("reason", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<UUID, BigDecimal> before = pledge.reports().stream().filter(r -> r.id().equals(reportId))
                .findFirst().map(Report::values).orElseThrow(() -> new NotFoundException("report", reportId));
        pledge.correct(reportId, checked, narrative, actor.email(), why);
        audit.changed("pledge", id.toString(), "report-corrected", Map.of("report", reportId.toString(),
                "before", before.toString(), "after", checked.toString(), "reason", why));
        changed(pledge);
    }

    @Transactional
    public void close(Actor actor, UUID id, @Nullable String outcome) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!PledgePermissions.leads(actor, pledge)) {
            throw new AccessDeniedException("the focal point of the pledging organisation closes a pledge");
        }
        var status = PledgeStatus.fromCode(outcome == null ? "" : outcome)
                .filter(PledgeStatus.OUTCOMES::contains)
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("outcome", "unknown-outcome")));
        pledge.close(status, today());
        audit.changed("pledge", id.toString(), "closed", Map.of("status", status.code()));
        changed(pledge);
    }

    /** Invites a co-signatory; {@code targets} (ids) become its part, on which it alone reports. */
    @Transactional
    public void invite(Actor actor, UUID id, @Nullable String organisation, @Nullable List<String> targets) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!PledgePermissions.leads(actor, pledge)) {
            throw new AccessDeniedException("the focal point of the pledging organisation invites co-signatories");
        }
        var invited = parseOrganisation(organisation)
                .flatMap(actors::organisation)
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("organisation", "unknown-organisation")));
        Set<UUID> known = targetIds(pledge);
        Set<UUID> part = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        var requested = targets == null ? List.<String>of() : targets;
        for (int i = 0; i < requested.size(); i++) {
            UUID target = parseUuid(requested.get(i));
            if (target == null || !known.contains(target)) {
                problems.add(new FieldProblem("targets[" + i + "]", "unknown-target"));
            } else {
                part.add(target);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        pledge.invite(invited.id().value(), invited.name(), part);
        audit.changed("pledge", id.toString(), "co-signatory-invited", Map.of("organisation", invited.name(),
                "targets", part.toString()));
        changed(pledge);
    }

    @Transactional
    public void sign(Actor actor, UUID id) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!PledgePermissions.maySign(actor)) {
            throw new AccessDeniedException("the focal point signs for the organisation");
        }
        var organisation = actors.organisation(actor.organisation())
                .orElseThrow(() -> new AccessDeniedException("no organisation"));
        pledge.sign(organisation.id().value(), organisation.name());
        audit.changed("pledge", id.toString(), "signed", Map.of("organisation", organisation.name()));
        changed(pledge);
    }

    @Transactional(readOnly = true)
    public PledgeView view(Optional<Actor> actor, UUID id, Language language) {
        return views.view(actor, visible(actor, id), language, today());
    }

    /** Contacts are personal data: only for pledgers and the secretariat, and every read is audited. */
    @Transactional
    public List<Contact> contacts(Actor actor, UUID id) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!PledgePermissions.mayReadContacts(actor, pledge)) {
            throw new AccessDeniedException("contacts are not public");
        }
        audit.personalDataRead("pledge", id.toString(), "pledge contacts");
        return pledge.contacts();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> idByTitle(String title) {
        return repository.findFirstByTitle(title).map(Pledge::id);
    }

    /** For the reminder job: open pledges with their organisation. */
    @Transactional(readOnly = true)
    public List<Pledge> open() {
        return repository.findByStatusIn(List.of(PledgeStatus.PUBLISHED, PledgeStatus.IN_PROGRESS));
    }

    /** Drafts are seen in their organisations (any role: seeing is not acting) and by the secretariat. */
    Pledge visible(Optional<Actor> actor, UUID id) {
        Pledge pledge = repository.findById(id).filter(p -> !p.deleted())
                .orElseThrow(() -> new NotFoundException("pledge", id));
        if (!pledge.status().isPublic() && !actor.map(a -> a.isStaff()
                || pledge.pledger(a.organisation().value())
                || pledge.signatory(a.organisation().value()).isPresent()).orElse(false)) {
            throw new NotFoundException("pledge", id);
        }
        return pledge;
    }

    private void changed(Pledge pledge) {
        events.publishEvent(new PledgeChanged(pledge.id()));
    }

    private static @Nullable UUID parseUuid(@Nullable String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<UUID> targetIds(Pledge pledge) {
        return pledge.targets().stream().map(Target::id).collect(Collectors.toSet());
    }

    private static Optional<OrganisationId> parseOrganisation(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(OrganisationId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
