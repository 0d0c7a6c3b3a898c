package org.pacto.portability.web;

import java.util.ArrayList;
import java.util.List;
import org.pacto.platform.Language;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Objective 22 (portability of social-security entitlements) links to the portability pages. */
@Component
class PortabilityLinks implements ObjectiveLinks {

    static final int OBJECTIVE = 22;

    private final Calculations calculations;
    private final MessageSource messages;

    PortabilityLinks(Calculations calculations, MessageSource messages) {
        this.calculations = calculations;
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "objective.section.portability";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        if (objective != OBJECTIVE) {
            return List.of();
        }
        var links = new ArrayList<Link>();
        links.add(new Link(text("portability.title", language), "/portability", text("portability.lead", language)));
        links.add(new Link(text("portability.calculator", language), "/portability/calculator", ""));
        for (Agreement a : calculations.catalog().agreements()) {
            links.add(new Link(a.name(), "/portability/agreements/" + a.id(), text("portability.agreement", language)));
        }
        return links;
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, key, language.locale());
    }
}
