package org.pacto.reviews.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.FormProblems;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.reviews.domain.AssessmentCatalogue;
import org.pacto.reviews.domain.Direction;
import org.pacto.reviews.domain.InitiativeInput;
import org.pacto.reviews.domain.InitiativeStatus;
import org.pacto.reviews.domain.InitiativeType;
import org.pacto.reviews.domain.InventoryView;
import org.pacto.reviews.domain.InventoryViews;
import org.pacto.reviews.domain.Reviews;
import org.pacto.taxonomy.Framework;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reviews' pages: open cycles and published profiles, an inventory with its coverage strip, findings,
 * initiatives and self-assessment, the editing forms of the government and the observer's desk, and the public
 * profiles per country and per organisation.
 */
@PageController
class ReviewPages {

    private static final String UUID_PATTERN = "[0-9a-fA-F-]{36}";

    private final Reviews reviews;
    private final InventoryViews views;
    private final Actors actors;
    private final Framework framework;
    private final ReviewReport report;
    private final FormProblems problems;

    ReviewPages(Reviews reviews, InventoryViews views, Actors actors, Framework framework, ReviewReport report,
                FormProblems problems) {
        this.problems = problems;
        this.reviews = reviews;
        this.views = views;
        this.actors = actors;
        this.framework = framework;
        this.report = report;
    }

    @GetMapping("/reviews")
    String index(Model model) {
        var today = java.time.LocalDate.now();
        var actor = actors.current();
        model.addAttribute("cycles", reviews.cycles().stream().filter(c -> !c.closes().isBefore(today)).map(c ->
                new CycleRow(c.id().toString(), c.title(), c.forum().code(), c.referenceDate().toString(),
                        c.opens().toString(), c.closes().toString(), c.demo())).toList());
        model.addAttribute("profiles", views.published());
        model.addAttribute("mayStart", actor.map(a -> a.has(Role.FOCAL_POINT)).orElse(false));
        model.addAttribute("observer", actor.map(Actor::isStaff).orElse(false));
        model.addAttribute("own", actor.map(a -> views.ofOrganisation(actor, a.organisation().value())).orElse(List.of()));
        model.addAttribute("forums", org.pacto.reviews.domain.Forum.codes());
        if (!model.containsAttribute("cycleErrors")) {
            model.addAttribute("cycleErrors", Map.of());
        }
        if (!model.containsAttribute("cycleForm")) {
            model.addAttribute("cycleForm", Map.of());
        }
        return "reviews/index";
    }

    record CycleRow(String id, String title, String forum, String referenceDate, String opens, String closes,
                    boolean demo) {
    }

    @PostMapping("/reviews/{cycle:" + UUID_PATTERN + "}/start")
    String start(@PathVariable String cycle) {
        Actor actor = signedIn();
        reviews.startInventory(actor, ReviewsApi.parse(cycle, "review-cycle"), false);
        return "redirect:/reviews/" + cycle + "/" + actor.organisation();
    }

    @GetMapping("/reviews/{cycle:" + UUID_PATTERN + "}/{organisation:" + UUID_PATTERN + "}")
    String inventory(@PathVariable String cycle, @PathVariable String organisation,
                     @ModelAttribute InitiativeFilter filter, Model model) {
        var inventory = views.inventory(actors.current(), ReviewsApi.parse(cycle, "review-cycle"),
                ReviewsApi.parse(organisation, "organisation"), ReviewsApi.language())
                .orElseThrow(() -> new NotFoundException("inventory", organisation));
        return show(inventory, filter, model);
    }

    @GetMapping("/profiles/organisations/{organisation:" + UUID_PATTERN + "}")
    String organisationProfile(@PathVariable String organisation, Model model) {
        UUID id = ReviewsApi.parse(organisation, "organisation");
        var latest = views.ofOrganisation(Optional.empty(), id).stream()
                .filter(s -> s.status().equals("published")).findFirst()
                .orElseThrow(() -> new NotFoundException("profile", organisation));
        var inventory = views.inventory(Optional.empty(), UUID.fromString(latest.id()), ReviewsApi.language());
        return show(inventory, new InitiativeFilter(null, null, null), model);
    }

    @GetMapping("/profiles/countries/{code:[A-Za-z]{2}}")
    String countryProfile(@PathVariable String code, Model model) {
        String country = code.toUpperCase(java.util.Locale.ROOT);
        Language language = ReviewsApi.language();
        var name = framework.country(country, language).orElseThrow(() -> new NotFoundException("country", code));
        model.addAttribute("countryName", name.name());
        model.addAttribute("country", country);
        model.addAttribute("profiles", views.countryProfiles(country).stream().map(Card::of).toList());
        model.addAttribute("objectiveTitles", objectiveTitles(language));
        return "reviews/country";
    }

    @GetMapping("/reviews/desk")
    String desk(Model model) {
        if (!signedIn().isStaff()) {
            throw new AccessDeniedException("the observer's desk is the secretariat's");
        }
        model.addAttribute("waiting", views.desk());
        return "reviews/desk";
    }

    @GetMapping("/reviews/{cycle:" + UUID_PATTERN + "}/{organisation:" + UUID_PATTERN + "}/report.{format:pdf|docx}")
    ResponseEntity<byte[]> report(@PathVariable String cycle, @PathVariable String organisation,
                                  @PathVariable String format) {
        var inventory = views.inventory(actors.current(), ReviewsApi.parse(cycle, "review-cycle"),
                ReviewsApi.parse(organisation, "organisation"), ReviewsApi.language())
                .orElseThrow(() -> new NotFoundException("inventory", organisation));
        UUID id = UUID.fromString(inventory.id());
        return format.equals("pdf") ? report.pdf(actors.current(), id, ReviewsApi.language())
                : report.docx(actors.current(), id, ReviewsApi.language());
    }

    @PostMapping("/reviews/inventories/{id:" + UUID_PATTERN + "}/initiatives")
    String addInitiative(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model) {
        UUID inventory = ReviewsApi.parse(id, "inventory");
        try {
            reviews.addInitiative(signedIn(), inventory, InitiativeForm.input(form));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            var typed = InitiativeForm.typed(form);
            model.addAttribute("form", typed.form());
            model.addAttribute("chosen", typed.chosen());
            var view = views.inventory(actors.current(), inventory, ReviewsApi.language());
            return show(view, new InitiativeFilter(null, null, null), model);
        }
        return "redirect:" + path(inventory) + "?added";
    }

    @PostMapping("/reviews/inventories/{id:" + UUID_PATTERN + "}/{step:submit|validate|publish}")
    String step(@PathVariable String id, @PathVariable String step) {
        UUID inventory = ReviewsApi.parse(id, "inventory");
        Actor actor = signedIn();
        switch (step) {
            case "submit" -> reviews.submit(actor, inventory);
            case "validate" -> reviews.validate(actor, inventory);
            default -> reviews.publish(actor, inventory);
        }
        return "redirect:" + path(inventory) + "?" + step;
    }

    @PostMapping("/reviews/inventories/{id:" + UUID_PATTERN + "}/queries")
    String ask(@PathVariable String id, @RequestParam(required = false) @Nullable String question,
               @RequestParam(required = false) @Nullable String finding, Model model) {
        UUID inventory = ReviewsApi.parse(id, "inventory");
        try {
            reviews.ask(signedIn(), inventory, finding, question);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return show(views.inventory(actors.current(), inventory, ReviewsApi.language()),
                    new InitiativeFilter(null, null, null), model);
        }
        return "redirect:" + path(inventory) + "?queried";
    }

    @PostMapping("/reviews/inventories/{id:" + UUID_PATTERN + "}/queries/{query:" + UUID_PATTERN + "}/answer")
    String answer(@PathVariable String id, @PathVariable String query,
                  @RequestParam(required = false) @Nullable String answer, Model model) {
        UUID inventory = ReviewsApi.parse(id, "inventory");
        try {
            reviews.answer(signedIn(), inventory, ReviewsApi.parse(query, "query"), answer);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
            return show(views.inventory(actors.current(), inventory, ReviewsApi.language()),
                    new InitiativeFilter(null, null, null), model);
        }
        return "redirect:" + path(inventory) + "?answered";
    }

    private String path(UUID inventory) {
        var view = views.inventory(actors.current(), inventory, ReviewsApi.language());
        return "/reviews/" + view.cycle() + "/" + view.organisation();
    }

    private String show(InventoryView.Full inventory, InitiativeFilter filter, Model model) {
        Language language = ReviewsApi.language();
        var actor = actors.current();
        UUID id = UUID.fromString(inventory.id());
        var findings = views.findings(actor, id, language);
        model.addAttribute("inventory", inventory);
        model.addAttribute("findings", findings);
        model.addAttribute("cells", cells(findings.coverage()));
        model.addAttribute("initiatives", inventory.initiatives().stream().filter(filter::matches).toList());
        model.addAttribute("filter", filter);
        Map<String, String> initiativeTitles = new LinkedHashMap<>();
        inventory.initiatives().forEach(i -> initiativeTitles.put(i.id(), i.title()));
        model.addAttribute("initiativeTitles", initiativeTitles);
        model.addAttribute("assessment", views.assessment(actor, id));
        model.addAttribute("questions", AssessmentCatalogue.QUESTIONS);
        model.addAttribute("objectiveTitles", objectiveTitles(language));
        model.addAttribute("principles", framework.principles(language));
        model.addAttribute("types", InitiativeType.codes());
        model.addAttribute("statuses", InitiativeStatus.codes());
        model.addAttribute("directions", Direction.codes());
        boolean editable = inventory.status().equals("draft") || inventory.status().equals("observer-queries");
        boolean government = actor.map(a -> a.actsFor(new org.pacto.identity.OrganisationId(
                UUID.fromString(inventory.organisation())))).orElse(false);
        model.addAttribute("mayEdit", editable && government && actor.map(a -> a.has(Role.FOCAL_POINT)
                || a.has(Role.MEMBER)).orElse(false));
        boolean focal = government && actor.map(a -> a.has(Role.FOCAL_POINT)).orElse(false);
        boolean staff = actor.map(Actor::isStaff).orElse(false);
        model.addAttribute("maySubmit", focal && (inventory.status().equals("draft")
                || inventory.status().equals("observer-queries")));
        model.addAttribute("mayAnswer", focal && inventory.status().equals("observer-queries"));
        model.addAttribute("observer", staff && List.of("submitted", "revised", "observer-queries")
                .contains(inventory.status()));
        model.addAttribute("mayValidate", staff && List.of("submitted", "revised").contains(inventory.status()));
        model.addAttribute("mayPublish", (focal || staff) && inventory.status().equals("validated"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("chosen")) {
            model.addAttribute("chosen", Map.of());
        }
        if (!model.containsAttribute("assessmentErrors")) {
            model.addAttribute("assessmentErrors", Map.of());
        }
        if (!model.containsAttribute("assessmentForm")) {
            // the answers given so far fill the form
            Map<String, String> given = new LinkedHashMap<>();
            views.assessment(actor, id).answers().forEach((code, a) -> {
                given.put("level." + code, a.level());
                if (a.evidence() != null) {
                    given.put("evidence." + code, a.evidence());
                }
            });
            model.addAttribute("assessmentForm", given);
        }
        model.addAttribute("domains", AssessmentCatalogue.DOMAINS);
        return "reviews/inventory";
    }

    /** One cell of the 23-objective strip: its number, state (covered, planned, gap), title and place in the grid. */
    record Cell(int objective, String state, int x, int y) {
    }

    /** A profile in a list with its strip. */
    record Card(InventoryView.Summary profile, InventoryView.Coverage coverage, List<Cell> cells) {
        static Card of(InventoryView.Summary s) {
            List<Integer> gaps = new ArrayList<>();
            for (int n = 1; n <= 23; n++) {
                if (!s.covered().contains(n) && !s.plannedOnly().contains(n)) {
                    gaps.add(n);
                }
            }
            var coverage = new InventoryView.Coverage(s.covered(), s.plannedOnly(), gaps, s.share());
            return new Card(s, coverage, ReviewPages.cells(coverage));
        }
    }

    static List<Cell> cells(InventoryView.Coverage coverage) {
        List<Cell> cells = new ArrayList<>();
        for (int n = 1; n <= 23; n++) {
            String state = coverage.covered().contains(n) ? "covered"
                    : coverage.plannedOnly().contains(n) ? "planned" : "gap";
            cells.add(new Cell(n, state, ((n - 1) % 12) * 44, ((n - 1) / 12) * 44));
        }
        return cells;
    }

    private Map<Integer, String> objectiveTitles(Language language) {
        return objectiveTitles(framework, language);
    }

    static Map<Integer, String> objectiveTitles(Framework framework, Language language) {
        Map<Integer, String> titles = new LinkedHashMap<>();
        framework.objectives(language).forEach(o -> titles.put(o.number(), o.shortTitle()));
        return titles;
    }

    private Map<String, String> errors(InvalidInputException e) {
        return InitiativeForm.byList(problems.of(e));
    }

    private Actor signedIn() {
        return actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
    }
}
