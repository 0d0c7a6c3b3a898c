package org.pacto.identity.web;

import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the navigation of every page needs to know about the person: the one staff check, {@link Actor#isStaff()}. */
@ControllerAdvice(annotations = PageController.class)
class Navigation {

    private final Actors actors;

    Navigation(Actors actors) {
        this.actors = actors;
    }

    @ModelAttribute
    void navigation(Model model) {
        model.addAttribute("isStaff", actors.current().map(Actor::isStaff).orElse(false));
    }
}
