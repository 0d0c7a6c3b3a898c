package org.pacto.practices.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.pacto.practices.domain.PracticeCalls;
import org.pacto.practices.domain.PracticeCollections;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Collections: the list (where the secretariat curates and features them) and a collection's page. */
@PageController
class CollectionPages {

    private final PracticeCollections collections;
    private final PracticeCalls calls;
    private final Actors actors;
    private final PracticeForm form;

    CollectionPages(PracticeCollections collections, PracticeCalls calls, Actors actors, PracticeForm form) {
        this.collections = collections;
        this.calls = calls;
        this.actors = actors;
        this.form = form;
    }

    @GetMapping("/practices/collections")
    String list(Model model) {
        return list(model, Map.of(), Map.of());
    }

    private String list(Model model, Map<String, String> values, Map<String, String> errors) {
        boolean staff = actors.current().map(Actor::isStaff).orElse(false);
        model.addAttribute("collections", collections.all().stream().map(CollectionViews::of).toList());
        model.addAttribute("staff", staff);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("calls", staff ? calls.all().stream().map(CallsApi.Call::of).toList() : List.of());
        return "practices/collections";
    }

    /** The secretariat's form: texts in one language, practice ids in order (one per line) or a call. */
    @PostMapping("/practices/collections")
    String create(@RequestParam MultiValueMap<String, String> values, Model model) {
        staff();
        String language = values.getFirst("language") == null ? "es" : values.getFirst("language");
        String text = values.getFirst("practices");
        List<String> practices = text == null ? List.of() : Arrays.stream(text.split("[\\s,]+"))
                .filter(s -> !s.isBlank()).toList();
        String description = values.getFirst("description");
        var input = new PracticeCollections.CollectionInput(language, Map.of(language, nz(values.getFirst("title"))),
                description == null || description.isBlank() ? Map.of() : Map.of(language, description), practices,
                values.getFirst("call"), "true".equals(values.getFirst("featured")));
        try {
            var created = collections.create(staff(), input);
            return "redirect:/practices/collections/" + created.id();
        } catch (InvalidInputException e) {
            return list(model, values.toSingleValueMap(), form.errors(e));
        }
    }

    @PostMapping("/practices/collections/{id}/feature")
    String feature(@PathVariable String id, @RequestParam(required = false) String featured) {
        collections.feature(staff(), id, "true".equals(featured));
        return "redirect:/practices/collections";
    }

    @GetMapping("/practices/collections/{id}")
    String collection(@PathVariable String id, Model model) {
        model.addAttribute("collection", CollectionViews.of(collections.one(id)));
        return "practices/collection";
    }

    private Actor staff() {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!actor.isStaff()) {
            throw new AccessDeniedException("secretariat");
        }
        return actor;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
