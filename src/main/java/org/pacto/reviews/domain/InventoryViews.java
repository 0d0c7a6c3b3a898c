package org.pacto.reviews.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.reviews.calculation.Coherence;
import org.pacto.reviews.calculation.ObserverCheck;
import org.pacto.reviews.calculation.SelfAssessment;
import org.pacto.reviews.calculation.Step;
import org.pacto.reviews.domain.InventoryView.Full;
import org.pacto.reviews.domain.InventoryView.Summary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads inventories for the pages and the API, with the visibility rules of {@link Reviews}. */
@Service
@Transactional(readOnly = true)
public class InventoryViews {

    private final Reviews reviews;
    private final InventoryRepository inventories;
    private final MessageSource messages;

    InventoryViews(Reviews reviews, InventoryRepository inventories, MessageSource messages) {
        this.reviews = reviews;
        this.inventories = inventories;
        this.messages = messages;
    }

    public Full inventory(Optional<Actor> actor, UUID id, Language language) {
        return full(reviews.visible(actor, id), language);
    }

    public Optional<Full> inventory(Optional<Actor> actor, UUID cycle, UUID organisation, Language language) {
        return inventories.findByCycleIdAndOrganisationId(cycle, organisation)
                .filter(i -> Reviews.sees(actor, i)).map(i -> full(i, language));
    }

    /** One initiative with its inventory, for its own page: whether the reader may change it now is decided here. */
    public InventoryView.InitiativePage initiative(Optional<Actor> actor, UUID initiative, Language language) {
        Inventory inventory = reviews.holdingVisible(actor, initiative);
        Full full = full(inventory, language);
        var item = full.initiatives().stream().filter(i -> i.id().equals(initiative.toString())).findFirst()
                .orElseThrow(() -> new org.pacto.platform.NotFoundException("initiative", initiative));
        return new InventoryView.InitiativePage(full, item,
                actor.map(a -> Reviews.mayEditNow(a, inventory)).orElse(false));
    }

    Full full(Inventory i, Language language) {
        ReviewCycle cycle = reviews.cycle(i.cycleId());
        return new Full(i.id().toString(), cycle.id().toString(), cycle.title(), cycle.referenceDate(),
                i.organisationId().toString(), i.organisationName(), i.country(), i.level(), i.locality(),
                i.status().code(), i.demo() || cycle.demo(),
                i.copiedFrom() == null ? null : i.copiedFrom().toString(), i.publishedAt(),
                i.initiatives().stream().map(n -> item(n, language)).toList(),
                i.queries().stream().map(q -> new InventoryView.QueryItem(q.id().toString(), q.finding(),
                        q.question(), q.answer(), q.askedAt(), q.answeredAt())).toList());
    }

    static InventoryView.InitiativeItem item(Initiative n, Language language) {
        LocalizedText.Shown title = n.title().in(language);
        return new InventoryView.InitiativeItem(n.id().toString(), title.text(), title.language().code(),
                title.asked(), n.authority(), n.level(), n.direction().code(), n.type().code(), n.objectives(),
                n.principles(), n.status().code(), n.startDate(), n.endDate(), n.legalBasis(), n.url(),
                n.budgetAmount() == null || n.budgetCurrency() == null ? null
                        : new InventoryView.Budget(n.budgetAmount(), n.budgetCurrency()),
                n.evidence(), n.lastVerified());
    }

    public InventoryView.Findings findings(Optional<Actor> actor, UUID id, Language language) {
        Inventory inventory = reviews.visible(actor, id);
        return findings(inventory, reviews.cycle(inventory.cycleId()).referenceDate(), language);
    }

    InventoryView.Findings findings(Inventory inventory, LocalDate reference, Language language) {
        Locale locale = language.locale();
        var result = ObserverCheck.check(reference, inventory.initiatives().stream().map(Initiative::entry).toList());
        var coverage = result.coverage();
        var findings = result.findings().stream().map(f -> new InventoryView.FindingItem(f.rule(), f.initiatives(),
                f.objective(), text("reviews.finding." + f.rule() + "." + f.detail(), f.arguments(), locale),
                f.detail(), f.key(), f.source())).toList();
        var steps = result.steps().stream().map(s -> step(s, locale)).toList();
        return new InventoryView.Findings(reference, new InventoryView.Coverage(coverage.covered(),
                coverage.plannedOnly(), coverage.gaps(), coverage.share()), findings, steps);
    }

    private InventoryView.StepItem step(Step s, Locale locale) {
        return new InventoryView.StepItem(s.code(), text("reviews.step." + s.code(), s.arguments(), locale),
                s.source());
    }

    private String text(String key, List<Object> arguments, Locale locale) {
        Object[] args = arguments.stream().map(a -> a instanceof java.math.BigDecimal b ? b.toPlainString()
                : a instanceof Number || a instanceof String ? a : String.valueOf(a)).toArray();
        return messages.getMessage(key, args, key, locale);
    }

    public InventoryView.Assessment assessment(Optional<Actor> actor, UUID id) {
        return assessment(reviews.visible(actor, id));
    }

    static InventoryView.Assessment assessment(Inventory inventory) {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, InventoryView.Answer> answers = new LinkedHashMap<>();
        for (AssessmentAnswer a : inventory.answers()) {
            levels.put(a.question(), a.level());
            answers.put(a.question(), new InventoryView.Answer(a.level(), a.evidence()));
        }
        var result = SelfAssessment.summarise(AssessmentCatalogue.QUESTIONS, levels);
        return new InventoryView.Assessment(result.domains().stream().map(d -> new InventoryView.Domain(d.code(),
                d.present(), d.partial(), d.absent(), d.answered())).toList(), answers);
    }

    /** Coherence of the inventories the caller may see (published ones for the public) in one cycle and country. */
    public InventoryView.Coherence coherence(Optional<Actor> actor, UUID cycleId, String country) {
        ReviewCycle cycle = reviews.cycle(cycleId);
        var seen = inventories.findByCycleIdAndCountry(cycleId, country).stream()
                .filter(i -> Reviews.sees(actor, i)).sorted(Comparator.comparing(Inventory::organisationName))
                .toList();
        Set<Integer> national = new TreeSet<>();
        List<Set<Integer>> locals = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        for (Inventory i : seen) {
            Summary s = summary(i, cycle);
            summaries.add(s);
            if (i.national()) {
                national.addAll(s.covered());
            } else {
                locals.add(new TreeSet<>(s.covered()));
            }
        }
        var result = Coherence.compare(national, locals);
        return new InventoryView.Coherence(cycleId.toString(), country, result.localOnly(), result.nationalOnly(),
                summaries);
    }

    static Summary summary(Inventory i, ReviewCycle cycle) {
        var coverage = ObserverCheck.check(cycle.referenceDate(),
                i.initiatives().stream().map(Initiative::entry).toList()).coverage();
        return new Summary(i.id().toString(), cycle.id().toString(), cycle.title(), i.organisationId().toString(),
                i.organisationName(), i.country(), i.level(), i.locality(), i.status().code(), coverage.covered(),
                coverage.plannedOnly(), coverage.share(), i.demo() || cycle.demo(), i.publishedAt());
    }

    /** Published inventories, newest first. */
    public List<Summary> published() {
        return inventories.findByStatus(InventoryStatus.PUBLISHED).stream()
                .map(i -> summary(i, reviews.cycle(i.cycleId())))
                .sorted(Comparator.comparing(Summary::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Inventories waiting for the observer (submitted or revised) and those with open queries: the observer's desk. */
    public List<Summary> desk() {
        return inventories.findByStatusIn(List.of(InventoryStatus.SUBMITTED, InventoryStatus.REVISED,
                        InventoryStatus.OBSERVER_QUERIES, InventoryStatus.VALIDATED)).stream()
                .map(i -> summary(i, reviews.cycle(i.cycleId()))).toList();
    }

    /** The organisation's inventories the caller may see, newest cycle first. */
    public List<Summary> ofOrganisation(Optional<Actor> actor, UUID organisation) {
        return inventories.findByOrganisationId(organisation).stream().filter(i -> Reviews.sees(actor, i))
                .map(i -> summary(i, reviews.cycle(i.cycleId())))
                .sorted(Comparator.comparing(Summary::cycleTitle)).toList();
    }

    /** The latest published profile of each organisation in the country: national ones first, then local ones. */
    public List<Summary> countryProfiles(String country) {
        Map<String, Summary> latest = new LinkedHashMap<>();
        inventories.findByCountryAndStatus(country, InventoryStatus.PUBLISHED).stream()
                .sorted(Comparator.comparing((Inventory i) -> reviews.cycle(i.cycleId()).referenceDate()).reversed())
                .forEach(i -> latest.putIfAbsent(i.organisationId().toString(), summary(i, reviews.cycle(i.cycleId()))));
        return latest.values().stream().sorted(Comparator.comparing((Summary s) -> !s.level().equals("national"))
                .thenComparing(Summary::organisationName)).toList();
    }

    /** Initiatives in force at their cycle's reference date for one objective, in published inventories. */
    public List<ObjectiveInitiative> inForceFor(int objective, Language language) {
        List<ObjectiveInitiative> found = new ArrayList<>();
        for (Inventory i : inventories.findByStatus(InventoryStatus.PUBLISHED)) {
            LocalDate reference = reviews.cycle(i.cycleId()).referenceDate();
            for (Initiative n : i.initiatives()) {
                if (n.objectives().contains(objective) && ObserverCheck.inForce(n.entry(), reference)) {
                    found.add(new ObjectiveInitiative(n.title().in(language).text(), i.cycleId().toString(),
                            i.organisationId().toString(), i.organisationName()));
                }
            }
        }
        return found;
    }

    public record ObjectiveInitiative(String title, String cycle, String organisation, String organisationName) {
    }
}
