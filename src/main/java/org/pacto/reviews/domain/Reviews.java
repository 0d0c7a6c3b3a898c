package org.pacto.reviews.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.reviews.InventoryPublished;
import org.pacto.reviews.calculation.SelfAssessment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what in a voluntary review (issue 9; seed 002: the secretariat is the neutral observer):
 * <table>
 *   <caption>Review actions by role</caption>
 *   <tr><th>action</th><th>focal point of the government</th><th>member of it</th><th>secretariat / admin</th>
 *       <th>anyone else</th></tr>
 *   <tr><td>open a cycle</td><td>no</td><td>no</td><td>yes</td><td>no</td></tr>
 *   <tr><td>start the inventory (for its own organisation, a state body or local authority)</td><td>yes</td>
 *       <td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>edit initiatives and the self-assessment while editable</td><td>yes</td><td>yes</td><td>no</td>
 *       <td>no (403)</td></tr>
 *   <tr><td>submit, send back revised, answer queries</td><td>yes</td><td>no</td><td>no</td><td>no</td></tr>
 *   <tr><td>ask queries, validate</td><td>no</td><td>no</td><td>yes</td><td>no</td></tr>
 *   <tr><td>publish a validated inventory</td><td>yes</td><td>no</td><td>yes</td><td>no</td></tr>
 * </table>
 * An unpublished inventory exists only for its organisation and the secretariat (404 to others). Every change is
 * audited; input is checked before anything is written.
 */
@Service
public class Reviews {

    public static final int CYCLE_TITLE_MAX = 200;
    public static final int QUERY_MAX = 4000;
    public static final int EVIDENCE_MAX = 2000;
    /** Organisation kinds that keep an inventory: government bodies and local authorities. */
    public static final Set<String> GOVERNMENT_KINDS = Set.of("state", "local-authority");

    private final CycleRepository cycles;
    private final InventoryRepository inventories;
    private final InitiativeRules rules;
    private final Actors actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviews(CycleRepository cycles, InventoryRepository inventories, InitiativeRules rules, Actors actors,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.cycles = cycles;
        this.inventories = inventories;
        this.rules = rules;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** A cycle as sent: dates as text so that a wrong one is a field problem. */
    public record CycleInput(@Nullable String title, @Nullable String forum, @Nullable String referenceDate,
                             @Nullable String opens, @Nullable String closes) {
    }

    /** A new inventory: its id, status and the published inventory it was copied from, if any. */
    public record Started(UUID id, String status, @Nullable UUID copiedFrom) {
    }

    /** One self-assessment answer as sent. */
    public record AnswerInput(@Nullable String level, @Nullable String evidence) {
    }

    @Transactional
    public UUID openCycle(Actor actor, CycleInput in, boolean demo) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat opens review cycles");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String title = InitiativeRules.text(in.title(), "title", CYCLE_TITLE_MAX, true, problems);
        Forum forum = InitiativeRules.coded(in.forum(), "forum", "unknown-forum", Forum::fromCode, problems);
        LocalDate reference = InputLimits.date(in.referenceDate(), "referenceDate", true, problems);
        LocalDate opens = InputLimits.date(in.opens(), "opens", true, problems);
        LocalDate closes = InputLimits.date(in.closes(), "closes", true, problems);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            problems.add(new FieldProblem("closes", "closes-before-opens"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var cycle = cycles.save(new ReviewCycle(title, forum, reference, opens, closes, actor.email(), demo));
        audit.changed("review-cycle", cycle.id().toString(), "opened", Map.of("title", title, "forum", forum.code(),
                "referenceDate", reference.toString()));
        return cycle.id();
    }

    public ReviewCycle cycle(UUID id) {
        return cycles.findById(id).orElseThrow(() -> new NotFoundException("review-cycle", id));
    }

    public List<ReviewCycle> cycles() {
        return cycles.newestFirst();
    }

    /**
     * The caller's organisation starts its inventory for the cycle; a second one is a 409. When the organisation
     * published an inventory in an earlier cycle, the new one starts from a copy of it (issue 9).
     */
    @Transactional
    public Started startInventory(Actor actor, UUID cycleId, boolean demo) {
        ReviewCycle cycle = cycle(cycleId);
        OrganisationSummary organisation = actors.organisation(actor.organisation())
                .orElseThrow(() -> new AccessDeniedException("no organisation"));
        if (!actor.has(Role.FOCAL_POINT) || !GOVERNMENT_KINDS.contains(organisation.kind())) {
            throw new AccessDeniedException("the focal point of a government body or local authority starts it");
        }
        if (inventories.findByCycleIdAndOrganisationId(cycleId, organisation.id().value()).isPresent()) {
            throw new ConflictException("inventory-exists", "one inventory per organisation and cycle");
        }
        if (!demo && !cycle.openOn(LocalDate.now(clock))) {
            throw new ConflictException("cycle-not-open", "the cycle is not open today");
        }
        Instant now = clock.instant();
        var inventory = new Inventory(cycleId, organisation.id().value(), organisation.name(), organisation.country(),
                organisation.level(), organisation.locality(), demo, now);
        previousPublished(organisation.id().value(), cycleId).ifPresent(previous -> inventory.copyFrom(previous, now));
        inventories.saveAndFlush(inventory);
        audit.changed("inventory", inventory.id().toString(), "started", Map.of("cycle", cycleId.toString(),
                "organisation", organisation.name()));
        return new Started(inventory.id(), inventory.status().code(), inventory.copiedFrom());
    }

    private Optional<Inventory> previousPublished(UUID organisation, UUID cycle) {
        return inventories.findByOrganisationId(organisation).stream()
                .filter(i -> i.status() == InventoryStatus.PUBLISHED && !i.cycleId().equals(cycle))
                .max(java.util.Comparator.comparing((Inventory i) -> cycle(i.cycleId()).referenceDate())
                        .thenComparing(Inventory::publishedAt, java.util.Comparator.nullsFirst(
                                java.util.Comparator.naturalOrder())));
    }

    @Transactional
    public UUID addInitiative(Actor actor, UUID inventoryId, InitiativeInput input) {
        Inventory inventory = writable(actor, inventoryId);
        InitiativeDetails details = rules.check(input);
        Initiative initiative = inventory.add(details, clock.instant());
        audit.changed("initiative", initiative.id().toString(), "added", Map.of("inventory", inventoryId.toString(),
                "title", details.title().in(details.title().original()).text()));
        return initiative.id();
    }

    @Transactional
    public void changeInitiative(Actor actor, UUID initiativeId, InitiativeInput input) {
        Inventory inventory = holding(actor, initiativeId);
        requireWriter(actor, inventory);
        InitiativeDetails details = rules.check(input);
        inventory.change(initiativeId, details, clock.instant());
        audit.changed("initiative", initiativeId.toString(), "changed", Map.of("title",
                details.title().in(details.title().original()).text()));
    }

    @Transactional
    public void removeInitiative(Actor actor, UUID initiativeId) {
        Inventory inventory = holding(actor, initiativeId);
        requireWriter(actor, inventory);
        inventory.remove(initiativeId, clock.instant());
        audit.changed("initiative", initiativeId.toString(), "removed", Map.of("inventory",
                inventory.id().toString()));
    }

    @Transactional
    public void answerAssessment(Actor actor, UUID inventoryId, @Nullable Map<String, AnswerInput> given) {
        Inventory inventory = writable(actor, inventoryId);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, AssessmentAnswer> answers = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            problems.add(new FieldProblem("answers", "required"));
        } else {
            given.forEach((code, answer) -> {
                String field = "answers." + InputLimits.shortened(code);
                if (!AssessmentCatalogue.knows(code)) {
                    problems.add(new FieldProblem(field, "unknown-question", InputLimits.shortened(code)));
                    return;
                }
                String level = answer == null || answer.level() == null ? "" : answer.level().strip();
                if (level.isEmpty()) {
                    problems.add(new FieldProblem(field + ".level", "required"));
                } else if (!SelfAssessment.LEVELS.contains(level)) {
                    problems.add(new FieldProblem(field + ".level", "unknown-answer-level",
                            InputLimits.shortened(level)));
                }
                String evidence = InitiativeRules.text(answer == null ? null : answer.evidence(), field + ".evidence",
                        EVIDENCE_MAX, false, problems);
                answers.put(code, new AssessmentAnswer(code, level, evidence.isEmpty() ? null : evidence));
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        inventory.answerAssessment(answers, clock.instant());
        audit.changed("inventory", inventoryId.toString(), "assessment", Map.of("answers", answers.size()));
    }

    @Transactional
    public InventoryStatus submit(Actor actor, UUID id) {
        Inventory inventory = visible(Optional.of(actor), id);
        if (!actor.isFocalPointOf(new org.pacto.identity.OrganisationId(inventory.organisationId()))) {
            throw new AccessDeniedException("the government's focal point submits");
        }
        inventory.submit(clock.instant());
        return recorded(inventory, "submitted");
    }

    @Transactional
    public UUID ask(Actor actor, UUID id, @Nullable String finding, @Nullable String question) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the observer asks queries");
        }
        Inventory inventory = visible(Optional.of(actor), id);
        List<FieldProblem> problems = new ArrayList<>();
        String text = InitiativeRules.text(question, "question", QUERY_MAX, true, problems);
        String key = InitiativeRules.text(finding, "finding", 2000, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID query = inventory.ask(key.isEmpty() ? null : key, text, clock.instant()).id();
        recorded(inventory, "queried");
        return query;
    }

    @Transactional
    public void answer(Actor actor, UUID id, UUID query, @Nullable String text) {
        Inventory inventory = visible(Optional.of(actor), id);
        if (!actor.isFocalPointOf(new org.pacto.identity.OrganisationId(inventory.organisationId()))) {
            throw new AccessDeniedException("the government's focal point answers");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String answer = InitiativeRules.text(text, "answer", QUERY_MAX, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (inventory.queries().stream().noneMatch(q -> q.id().equals(query))) {
            throw new NotFoundException("query", query);
        }
        inventory.answer(query, answer, clock.instant());
        recorded(inventory, "answered");
    }

    @Transactional
    public InventoryStatus validate(Actor actor, UUID id) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the observer validates");
        }
        Inventory inventory = visible(Optional.of(actor), id);
        inventory.validate(clock.instant());
        return recorded(inventory, "validated");
    }

    @Transactional
    public InventoryStatus publish(Actor actor, UUID id) {
        Inventory inventory = visible(Optional.of(actor), id);
        if (!actor.isStaff()
                && !actor.isFocalPointOf(new org.pacto.identity.OrganisationId(inventory.organisationId()))) {
            throw new AccessDeniedException("the government's focal point or the secretariat publishes");
        }
        inventory.publish(clock.instant());
        events.publishEvent(new InventoryPublished(inventory.id(), inventory.cycleId(), inventory.organisationId(),
                inventory.organisationName()));
        return recorded(inventory, "published");
    }

    private InventoryStatus recorded(Inventory inventory, String action) {
        inventories.saveAndFlush(inventory);
        audit.changed("inventory", inventory.id().toString(), action, Map.of("status", inventory.status().code()));
        return inventory.status();
    }

    /** The inventory holding an initiative, if the caller may see it (else 404, as for the inventory itself). */
    public Inventory holdingVisible(Optional<Actor> actor, UUID initiative) {
        Inventory inventory = inventories.holding(initiative)
                .orElseThrow(() -> new NotFoundException("initiative", initiative));
        if (!sees(actor, inventory)) {
            throw new NotFoundException("initiative", initiative);
        }
        return inventory;
    }

    /** Whether the caller may change the inventory now: its government's writers, while it is being drafted or queried. */
    public static boolean mayEditNow(Actor actor, Inventory inventory) {
        return mayWrite(actor, inventory) && (inventory.status() == InventoryStatus.DRAFT
                || inventory.status() == InventoryStatus.OBSERVER_QUERIES);
    }

    /** The inventory if the caller may see it: published ones for everyone, others for their organisation and staff. */
    public Inventory visible(Optional<Actor> actor, UUID id) {
        Inventory inventory = inventories.findById(id).orElseThrow(() -> new NotFoundException("inventory", id));
        if (!sees(actor, inventory)) {
            throw new NotFoundException("inventory", id);
        }
        return inventory;
    }

    public static boolean sees(Optional<Actor> actor, Inventory inventory) {
        return inventory.status() == InventoryStatus.PUBLISHED || actor.map(a -> a.isStaff()
                || a.actsFor(new org.pacto.identity.OrganisationId(inventory.organisationId()))).orElse(false);
    }

    /** Focal points and members of the government draft; reviewers and others do not. */
    public static boolean mayWrite(Actor actor, Inventory inventory) {
        return actor.actsFor(new org.pacto.identity.OrganisationId(inventory.organisationId()))
                && (actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER));
    }

    private Inventory writable(Actor actor, UUID id) {
        Inventory inventory = visible(Optional.of(actor), id);
        requireWriter(actor, inventory);
        return inventory;
    }

    private Inventory holding(Actor actor, UUID initiative) {
        Inventory inventory = inventories.holding(initiative)
                .orElseThrow(() -> new NotFoundException("initiative", initiative));
        if (!sees(Optional.of(actor), inventory)) {
            throw new NotFoundException("initiative", initiative);
        }
        return inventory;
    }

    private static void requireWriter(Actor actor, Inventory inventory) {
        if (!mayWrite(actor, inventory)) {
            throw new AccessDeniedException("only the government's focal point and members edit its inventory");
        }
    }
}
