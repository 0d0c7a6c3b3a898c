package org.pacto.dialogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.calculation.PanelBalance;
import org.pacto.dialogue.domain.Addressee;
import org.pacto.dialogue.domain.Attendance;
import org.pacto.dialogue.domain.DialogueEvent;
import org.pacto.dialogue.domain.EventInput.RegistrationInput;
import org.pacto.dialogue.domain.Events;
import org.pacto.dialogue.domain.Recommendation;
import org.pacto.dialogue.domain.ReportInput;
import org.pacto.dialogue.domain.ReportStatus;
import org.pacto.dialogue.domain.Reports;
import org.pacto.dialogue.domain.Sector;
import org.pacto.dialogue.domain.Session;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.taxonomy.Framework;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A dialogue's pages: the agenda with the registration form (no sign-in, works on a phone), the personal
 * confirmation, the published report with its recommendations grouped by objective, and the rapporteurs' editor
 * with the anonymity check inline.
 */
@PageController
class EventPages {

    private final Events events;
    private final Attendance attendance;
    private final Reports reports;
    private final Actors actors;
    private final Framework framework;
    private final PageSupport support;

    EventPages(Events events, Attendance attendance, Reports reports, Actors actors, Framework framework,
               PageSupport support) {
        this.events = events;
        this.attendance = attendance;
        this.reports = reports;
        this.actors = actors;
        this.framework = framework;
        this.support = support;
    }

    @GetMapping("/dialogue/events/{id}")
    String event(@PathVariable UUID id, @RequestParam(required = false) @Nullable String registered, Model model) {
        return eventPage(id, model, Map.of(), Map.of(), registered != null, null);
    }

    @PostMapping("/dialogue/events/{id}/register")
    String register(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        var input = new RegistrationInput(form.get("name"), form.get("email"), form.get("organisation"),
                form.get("country"), form.get("sector"), form.get("gender"));
        try {
            events.register(id, input);
            return "redirect:/dialogue/events/" + id + "?registered";
        } catch (InvalidInputException e) {
            return eventPage(id, model, support.errors(e), form, false, null);
        } catch (ConflictException e) {
            return eventPage(id, model, Map.of(), form, false, support.message("problem." + e.code()));
        }
    }

    private String eventPage(UUID id, Model model, Map<String, String> errors, Map<String, String> form,
                             boolean registered, @Nullable String refusal) {
        DialogueEvent event = events.one(id);
        boolean staff = actors.current().map(Actor::isStaff).orElse(false);
        List<PageViews.SessionView> sessions = new ArrayList<>();
        for (Session s : event.sessions()) {
            List<String> warnings = PanelBalance.warnings(s.panel().stream().filter(p -> !p.moderator())
                    .map(p -> p.sector().code()).toList()).stream()
                    .map(w -> support.message("dialogue.panel.short", support.message("dialogue.sector."
                            + w.arguments().get(0)), w.arguments().get(1), w.arguments().get(2))).toList();
            sessions.add(new PageViews.SessionView(s, PageSupport.capitals(s.startsAt(), s.endsAt()), warnings));
        }
        Language language = Language.of(LocaleContextHolder.getLocale());
        model.addAttribute("event", event);
        model.addAttribute("sessions", sessions);
        model.addAttribute("staff", staff);
        model.addAttribute("figures", attendance.figures(id));
        model.addAttribute("registrationOpen", events.registrationOpen(event));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("registered", registered);
        model.addAttribute("refusal", refusal);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("countries", framework.countries(language));
        return "dialogue/event";
    }

    @GetMapping("/dialogue/registrations/confirm")
    String confirmForm(Model model) {
        model.addAttribute("step", "code");
        return "dialogue/confirm";
    }

    @PostMapping("/dialogue/registrations/confirm")
    String confirm(@RequestParam(defaultValue = "") String secret, Model model) {
        Optional<UUID> event = secret.isBlank() || secret.length() > 200 ? Optional.empty() : events.confirm(secret);
        model.addAttribute("step", event.isPresent() ? "done" : "invalid");
        model.addAttribute("eventId", event.orElse(null));
        return "dialogue/confirm";
    }

    @GetMapping("/dialogue/events/{id}/report")
    String report(@PathVariable UUID id, Model model) {
        DialogueEvent event = events.one(id);
        List<Recommendation> recommendations = reports.recommendations(actors.current(), id);
        Map<Integer, List<Recommendation>> byObjective = new TreeMap<>();
        for (Recommendation r : recommendations) {
            r.objectives().forEach(o -> byObjective.computeIfAbsent(o, k -> new ArrayList<>()).add(r));
        }
        Language language = Language.of(LocaleContextHolder.getLocale());
        Map<Integer, String> titles = new LinkedHashMap<>();
        byObjective.keySet().forEach(n -> titles.put(n, framework.objective(n, language)
                .map(o -> o.title()).orElse(String.valueOf(n))));
        model.addAttribute("event", event);
        model.addAttribute("byObjective", byObjective);
        model.addAttribute("objectiveTitles", titles);
        model.addAttribute("paragraphs", java.util.Arrays.stream((event.reportText() == null ? ""
                : event.reportText()).split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList());
        model.addAttribute("figures", attendance.figures(id));
        return "dialogue/report";
    }

    @GetMapping("/dialogue/events/{id}/editor")
    String editor(@PathVariable UUID id, Model model) {
        return editorPage(id, model, Map.of(), null);
    }

    @PostMapping("/dialogue/events/{id}/editor")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form,
                @RequestParam(defaultValue = "save") String action, Model model) {
        Actor actor = staff();
        List<ReportInput.RecommendationInput> recommendations = new ArrayList<>();
        for (int i = 0; i < 40 && form.containsKey("r" + i + ".text"); i++) {
            String text = form.get("r" + i + ".text");
            if (text == null || text.isBlank()) {
                continue;
            }
            recommendations.add(new ReportInput.RecommendationInput(text,
                    objectives(form.getOrDefault("r" + i + ".objectives", "")), form.get("r" + i + ".addressee")));
        }
        try {
            reports.write(actor, id, new ReportInput(form.get("text"), recommendations));
            if ("publish".equals(action)) {
                reports.publish(actor, id);
                return "redirect:/dialogue/events/" + id + "/report";
            }
            return "redirect:/dialogue/events/" + id + "/editor?saved";
        } catch (InvalidInputException e) {
            return editorPage(id, model, support.errors(e), form);
        } catch (ConflictException e) {
            return editorPage(id, model, Map.of("text", support.message("problem." + e.code())), form);
        }
    }

    private String editorPage(UUID id, Model model, Map<String, String> errors, @Nullable Map<String, String> form) {
        Actor actor = staff();
        DialogueEvent event = events.one(id);
        var draft = event.reportStatus() == ReportStatus.NONE ? List.<Recommendation>of()
                : reports.recommendations(Optional.of(actor), id);
        model.addAttribute("event", event);
        model.addAttribute("draft", draft);
        model.addAttribute("occurrences", event.reportStatus() == ReportStatus.NONE ? List.of()
                : reports.check(actor, id));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("blankRows", java.util.stream.IntStream.range(draft.size(), draft.size() + 2).boxed()
                .toList());
        return "dialogue/editor";
    }

    /** "7, 15" as a list of numbers; what is not a number is kept as 0 so the refusal names it. */
    static List<Integer> objectives(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                try {
                    numbers.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    numbers.add(0);
                }
            }
        }
        return numbers;
    }

    private Actor staff() {
        return actors.current().filter(Actor::isStaff)
                .orElseThrow(() -> new AccessDeniedException("the secretariat edits reports"));
    }
}
