package org.pacto.dialogue.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.calculation.Tally;
import org.pacto.dialogue.domain.Addressee;
import org.pacto.dialogue.domain.Attendance;
import org.pacto.dialogue.domain.Consultation;
import org.pacto.dialogue.domain.Consultations;
import org.pacto.dialogue.domain.DialogueEvent;
import org.pacto.dialogue.domain.Events;
import org.pacto.dialogue.domain.FollowUp;
import org.pacto.dialogue.domain.Members;
import org.pacto.dialogue.domain.ResponseStatus;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.platform.Paging;
import org.pacto.taxonomy.Framework;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mechanism's pages: what it is (members by group and country, tables, consultations, dialogues), a
 * consultation with its ballot form and, once closed, its results, the follow-up of recommendations, and the
 * secretariat's desk.
 */
@PageController
class DialoguePages {

    private final Members members;
    private final Consultations consultations;
    private final Events events;
    private final Attendance attendance;
    private final FollowUp followUp;
    private final Actors actors;
    private final Framework framework;
    private final PageSupport support;

    DialoguePages(Members members, Consultations consultations, Events events, Attendance attendance,
                  FollowUp followUp, Actors actors, Framework framework, PageSupport support) {
        this.members = members;
        this.consultations = consultations;
        this.events = events;
        this.attendance = attendance;
        this.followUp = followUp;
        this.actors = actors;
        this.framework = framework;
        this.support = support;
    }

    static List<PageViews.Bar> bars(Map<String, ? extends Number> values) {
        long max = values.values().stream().mapToLong(Number::longValue).max().orElse(0);
        return values.entrySet().stream().map(e -> new PageViews.Bar(e.getKey(), e.getValue().longValue(),
                max == 0 ? 0 : (int) Math.round(100.0 * e.getValue().longValue() / max))).toList();
    }

    @GetMapping("/dialogue")
    String mechanism(Model model) {
        Language language = language();
        var all = members.list();
        Map<String, Long> byGroup = new LinkedHashMap<>();
        members.groups(language).forEach(t -> byGroup.put(t.label(),
                all.stream().filter(m -> m.group().equals(t.code())).count()));
        Map<String, Long> byCountry = new TreeMap<>();
        all.forEach(m -> byCountry.merge(m.country() == null ? "—" : framework.country(m.country(), language)
                .map(c -> c.name()).orElse(m.country()), 1L, Long::sum));
        Map<String, String> groupLabels = new LinkedHashMap<>();
        members.groups(language).forEach(t -> groupLabels.put(t.code(), t.label()));
        Instant now = consultations.now();
        model.addAttribute("members", all);
        model.addAttribute("staff", actors.current().map(Actor::isStaff).orElse(false));
        model.addAttribute("groupLabels", groupLabels);
        model.addAttribute("byGroup", bars(byGroup));
        model.addAttribute("byCountry", bars(byCountry));
        model.addAttribute("tables", members.tables());
        model.addAttribute("consultations", consultations.all());
        model.addAttribute("now", now);
        List<DialogueEvent> all2 = events.all();
        model.addAttribute("upcoming", all2.stream().filter(events::registrationOpen).toList());
        model.addAttribute("past", all2.stream().filter(e -> !events.registrationOpen(e)).toList());
        return "dialogue/mechanism";
    }

    @GetMapping("/dialogue/consultations/{id}")
    String consultation(@PathVariable UUID id, @RequestParam(required = false) @Nullable String cast, Model model) {
        return consultationPage(id, model, cast != null, null, null);
    }

    @PostMapping("/dialogue/consultations/{id}/ballot")
    String ballot(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> choices,
                  Model model) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("sign in"));
        try {
            consultations.cast(actor, id, choices == null ? List.of() : choices);
            return "redirect:/dialogue/consultations/" + id + "?cast";
        } catch (InvalidInputException e) {
            return consultationPage(id, model, false, String.join(" ", support.errors(e).values()), choices);
        } catch (ConflictException e) {
            return consultationPage(id, model, false, support.message("problem." + e.code()), choices);
        }
    }

    private String consultationPage(UUID id, Model model, boolean cast, @Nullable String error,
                                    @Nullable List<String> sent) {
        Consultation consultation = consultations.one(id);
        Instant now = consultations.now();
        var actor = actors.current();
        boolean mayVote = actor.filter(a -> (a.has(Role.FOCAL_POINT) || a.has(Role.MEMBER))
                && members.isMember(a.organisation())).isPresent();
        model.addAttribute("consultation", consultation);
        model.addAttribute("open", consultation.open(now));
        model.addAttribute("closed", consultation.closed(now));
        model.addAttribute("mayVote", mayVote && consultation.open(now));
        model.addAttribute("chosen", sent != null ? sent : actor.filter(a -> mayVote)
                .map(a -> consultations.ballotOf(a, id)).orElse(List.of()));
        model.addAttribute("cast", cast);
        model.addAttribute("error", error);
        if (consultation.closed(now)) {
            Tally.Result result = consultations.results(id);
            Map<String, String> labels = new LinkedHashMap<>();
            consultation.options().forEach(o -> labels.put(o.key(), o.label()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            result.counts().forEach((k, v) -> counts.put(labels.get(k), v));
            model.addAttribute("result", result);
            model.addAttribute("labels", labels);
            model.addAttribute("resultBars", bars(counts));
        }
        return "dialogue/consultation";
    }

    @GetMapping("/dialogue/recommendations")
    String followUp(@ModelAttribute RecommendationFilter filter, Paging paging, Model model) {
        FollowUp.Page page = followUp.list(filter.valid(), paging);
        model.addAttribute("page", page);
        model.addAttribute("filter", filter);
        model.addAttribute("paging", paging);
        model.addAttribute("pages", paging.pages(page.total()));
        model.addAttribute("objectives", framework.objectives(language()));
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("statuses", ResponseStatus.values());
        return "dialogue/recommendations";
    }

    /** The secretariat's desk: admissions, and each dialogue's figures by session, sector and gender. */
    @GetMapping("/dialogue/desk")
    String desk(Model model, @RequestParam(required = false) @Nullable String admitted) {
        return deskPage(model, Map.of(), admitted != null);
    }

    @PostMapping("/dialogue/desk/admissions")
    String admit(@RequestParam Map<String, String> form, Model model) {
        Actor actor = staff();
        UUID organisation = null;
        try {
            organisation = form.get("organisation") == null || form.get("organisation").isBlank() ? null
                    : UUID.fromString(form.get("organisation"));
        } catch (IllegalArgumentException e) {
            return deskPage(model, Map.of("organisation", support.message("problem.unknown-organisation")), false);
        }
        try {
            members.admit(actor, organisation, form.get("group"), "on".equals(form.get("diaspora")));
            return "redirect:/dialogue/desk?admitted";
        } catch (InvalidInputException e) {
            return deskPage(model, support.errors(e), false);
        } catch (ConflictException e) {
            return deskPage(model, Map.of("organisation", support.message("problem." + e.code())), false);
        }
    }

    private String deskPage(Model model, Map<String, String> errors, boolean admitted) {
        staff();
        var memberOrganisations = members.list().stream().map(Members.MemberView::organisation).toList();
        model.addAttribute("candidates", actors.organisations().stream()
                .filter(o -> !memberOrganisations.contains(o.id().value()))
                .sorted(Comparator.comparing(o -> o.name())).toList());
        model.addAttribute("groups", members.groups(language()));
        List<Map<String, Object>> desk = new ArrayList<>();
        for (DialogueEvent e : events.all()) {
            var figures = attendance.figures(e.id());
            desk.add(Map.of("event", e, "figures", figures, "sectorBars", bars(figures.bySector())));
        }
        model.addAttribute("desk", desk);
        model.addAttribute("errors", errors);
        model.addAttribute("admitted", admitted);
        return "dialogue/desk";
    }

    private Actor staff() {
        return actors.current().filter(Actor::isStaff)
                .orElseThrow(() -> new AccessDeniedException("the secretariat's desk"));
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
