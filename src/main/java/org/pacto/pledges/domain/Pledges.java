package org.pacto.pledges.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.pledges.PledgePublished;
import org.pacto.pledges.calculation.Deadlines;
import org.pacto.pledges.calculation.Fulfilment;
import org.pacto.pledges.domain.PledgeInput.ReportInput;
import org.pacto.pledges.domain.PledgeInput.ValueInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with pledges. Drafts and submitted pledges exist only for their organisation and
 * the secretariat (others get 404); only pledgers report progress; the secretariat decides and
 * corrects reports with an audited reason.
 */
@Service
public class Pledges {

    private final PledgeRepository repository;
    private final PledgeRules rules;
    private final Actors actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PledgeSearch search;

    public Pledges(PledgeRepository repository, PledgeRules rules, Actors actors, AuditTrail audit,
                   ApplicationEventPublisher events, PledgeSearch search) {
        this.search = search;
        this.repository = repository;
        this.rules = rules;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public UUID create(Actor actor, PledgeInput input) {
        search.invalidate();
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
        return pledge.id();
    }

    /** Demo content: a pledge made by an organisation, as the seeds record it. */
    @Transactional
    public Pledge createFor(OrganisationId organisation, PledgeInput input) {
        search.invalidate();
        PledgeDetails details = rules.check(input, id -> repository.existsById(id));
        var summary = actors.organisation(organisation).orElseThrow();
        var pledge = new Pledge(summary.id().value(), summary.name(), summary.kind(), details);
        return repository.save(pledge);
    }

    @Transactional
    public void submit(Actor actor, UUID id) {
        search.invalidate();
        Pledge pledge = visible(Optional.of(actor), id);
        if (!pledge.organisationId().equals(actor.organisation().value())) {
            throw new AccessDeniedException("only the pledging organisation submits");
        }
        pledge.submit();
        audit.changed("pledge", id.toString(), "submitted", Map.of("status", pledge.status().code()));
    }

    @Transactional
    public void decide(Actor actor, UUID id, @Nullable String decision, @Nullable String reason) {
        search.invalidate();
        if (!secretariat(actor)) {
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
    }

    @Transactional
    public UUID report(Actor actor, UUID id, ReportInput input) {
        search.invalidate();
        Pledge pledge = visible(Optional.of(actor), id);
        if (!pledge.pledger(actor.organisation().value())) {
            throw new AccessDeniedException("only the pledgers report progress");
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
        var report = pledge.report(checked.date(), checked.narrative(), actor.organisation().value(),
                checked.values());
        audit.changed("pledge", id.toString(), "progress-reported", Map.of("report", report.id().toString(),
                "values", checked.values().toString(), "fulfilment", pledge.fulfilment().toPlainString()));
        return report.id();
    }

    /** Demo content: a report as of its date, by the lead organisation. */
    @Transactional
    public void reportFor(UUID id, LocalDate date, String narrative, Map<UUID, java.math.BigDecimal> values) {
        search.invalidate();
        Pledge pledge = repository.findById(id).orElseThrow();
        pledge.report(date, narrative, pledge.organisationId(), values);
    }

    @Transactional
    public void correct(Actor actor, UUID id, UUID reportId, @Nullable List<ValueInput> values,
                        @Nullable String narrative, @Nullable String reason) {
        search.invalidate();
        if (!secretariat(actor)) {
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
        Map<UUID, java.math.BigDecimal> before = pledge.reports().stream().filter(r -> r.id().equals(reportId))
                .findFirst().map(Report::values).orElseThrow(() -> new NotFoundException("report", reportId));
        pledge.correct(reportId, checked, narrative, actor.email(), why);
        audit.changed("pledge", id.toString(), "report-corrected", Map.of("report", reportId.toString(),
                "before", before.toString(), "after", checked.toString(), "reason", why));
    }

    @Transactional
    public void close(Actor actor, UUID id, @Nullable String outcome) {
        search.invalidate();
        Pledge pledge = visible(Optional.of(actor), id);
        if (!pledge.organisationId().equals(actor.organisation().value()) && !secretariat(actor)) {
            throw new AccessDeniedException("only the lead closes a pledge");
        }
        var status = PledgeStatus.fromCode(outcome == null ? "" : outcome)
                .filter(s -> s.ordinal() >= PledgeStatus.FULFILLED.ordinal())
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("outcome", "unknown-outcome")));
        pledge.close(status, today());
        audit.changed("pledge", id.toString(), "closed", Map.of("status", status.code()));
    }

    @Transactional
    public void invite(Actor actor, UUID id, @Nullable String organisation) {
        invite(actor, id, organisation, null);
    }

    /** Invites a co-signatory; {@code targets} (ids) become its part, on which it alone reports. */
    @Transactional
    public void invite(Actor actor, UUID id, @Nullable String organisation, @Nullable List<String> targets) {
        search.invalidate();
        Pledge pledge = visible(Optional.of(actor), id);
        if (!pledge.organisationId().equals(actor.organisation().value())) {
            throw new AccessDeniedException("only the lead invites co-signatories");
        }
        var invited = parseOrganisation(organisation)
                .flatMap(actors::organisation)
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("organisation", "unknown-organisation")));
        Set<UUID> known = targetIds(pledge);
        Set<UUID> part = new java.util.LinkedHashSet<>();
        List<FieldProblem> problems = new java.util.ArrayList<>();
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
    }

    @Transactional
    public void sign(Actor actor, UUID id) {
        search.invalidate();
        Pledge pledge = visible(Optional.of(actor), id);
        var organisation = actors.organisation(actor.organisation()).orElseThrow();
        pledge.sign(organisation.id().value(), organisation.name());
        audit.changed("pledge", id.toString(), "signed", Map.of("organisation", organisation.name()));
    }

    @Transactional(readOnly = true)
    public PledgeView view(Optional<Actor> actor, UUID id, Language language) {
        Pledge pledge = visible(actor, id);
        return view(pledge, actor, language);
    }

    /** Contacts are personal data: only for pledgers and the secretariat, and every read is audited. */
    @Transactional
    public List<Contact> contacts(Actor actor, UUID id) {
        Pledge pledge = visible(Optional.of(actor), id);
        if (!pledge.pledger(actor.organisation().value()) && !secretariat(actor)) {
            throw new AccessDeniedException("contacts are not public");
        }
        audit.personalDataRead("pledge", id.toString(), "pledge contacts");
        return pledge.contacts();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> idByTitle(String title) {
        return repository.findFirstByTitle(title).map(Pledge::id);
    }

    Pledge visible(Optional<Actor> actor, UUID id) {
        Pledge pledge = repository.findById(id).filter(p -> !p.deleted())
                .orElseThrow(() -> new NotFoundException("pledge", id));
        if (!pledge.status().isPublic() && !actor.map(a -> secretariat(a)
                || pledge.pledger(a.organisation().value())
                || pledge.signatory(a.organisation().value()).isPresent()).orElse(false)) {
            throw new NotFoundException("pledge", id);
        }
        return pledge;
    }

    private static boolean secretariat(Actor actor) {
        return actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN);
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

    private PledgeView view(Pledge p, Optional<Actor> actor, Language language) {
        var translation = p.translations().stream().filter(t -> t.language().equals(language.code())).findFirst();
        String title = translation.map(Translation::title).orElse(p.title());
        String description = translation.map(Translation::description).orElse(null);
        String shown = description != null ? language.code() : p.language();
        Fulfilment.Result result = p.calculation();
        var sortedReports = p.reports().stream().sorted(Comparator.comparing(Report::reportedOn)
                .thenComparing(Report::createdAt)).toList();
        List<PledgeView.TargetView> targets = new ArrayList<>();
        for (int i = 0; i < p.targets().size(); i++) {
            Target t = p.targets().get(i);
            var series = sortedReports.stream().filter(r -> r.values().containsKey(t.id()))
                    .map(r -> new PledgeView.Point(r.reportedOn(), r.values().get(t.id()))).toList();
            targets.add(new PledgeView.TargetView(t.id(), t.name(), t.unit(), t.baseline(), t.target(), t.weight(),
                    t.currency(), t.latestValue(), result.steps().get(i).progress(), series, t.organisation()));
        }
        var reports = sortedReports.reversed().stream().map(r -> new PledgeView.ReportView(r.id(), r.reportedOn(),
                r.narrative(), r.values().entrySet().stream().map(e -> new PledgeView.Value(e.getKey(), e.getValue()))
                .toList(), r.correctedAt(), r.correctionReason())).toList();
        var signatories = p.signatories().stream().map(s -> new PledgeView.SignatoryView(s.organisationId(),
                s.organisationName(), s.status())).toList();
        var matchedBy = repository.matching(p.id()).stream()
                .filter(o -> o.status().isPublic())
                .map(o -> new PledgeView.MatchedPledge(o.id(), o.title())).toList();
        var steps = result.steps().stream().map(s -> new PledgeView.Step(s.target(), s.progress(), s.weight(),
                s.contribution(), s.explanation())).toList();
        double percent = p.fulfilment().doubleValue();
        boolean canReport = actor.map(a -> p.pledger(a.organisation().value())).orElse(false) && p.status().open();
        boolean canManage = actor.map(a -> a.organisation().value().equals(p.organisationId())).orElse(false);
        return new PledgeView(p.id(), p.organisationId(), p.organisationName(), p.organisationKind(), p.champion(),
                p.language(), title, description != null ? description : p.description(), shown, p.type(),
                p.matches(), matchedBy, p.mirror(), p.nature(), p.objectives(), p.principles(), p.actions(),
                p.countries(), p.region(), p.global(), p.startDate(), p.deadline(), p.status().code(),
                p.openForSignatures(), percent, steps,
                Deadlines.overdue(p.status().code(), p.deadline(), percent, today()),
                p.status().open() && percent >= 100.0, p.lastReportOn(),
                canManage ? p.returnReason() : null, p.updatedAt(), targets, reports, signatories, canReport,
                canManage);
    }

    /** For the reminder job: open pledges with their organisation. */
    @Transactional(readOnly = true)
    public List<Pledge> open() {
        return repository.findByStatusIn(List.of("published", "in-progress"));
    }
}
