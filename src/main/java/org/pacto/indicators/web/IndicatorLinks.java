package org.pacto.indicators.web;

import java.util.ArrayList;
import java.util.List;
import org.pacto.platform.Language;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Objective pages list the indicators that follow them (objective 1: data; 6: recruitment, SDG 10.7.1; 20:
 * remittances, SDG 10.c.1 and 17.3.2; …) and, for objective 1, the observatories.
 */
@Component
class IndicatorLinks implements ObjectiveLinks {

    private final MessageSource messages;

    IndicatorLinks(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "indicators.objective.section";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        var links = new ArrayList<Link>();
        for (var indicator : IndicatorViews.linkedTo(objective)) {
            links.add(new Link(indicator.code() + " — " + text("indicators.indicator." + indicator.code() + ".name",
                    language), "/indicators/" + indicator.code(), String.join(", ", indicator.custodians())));
        }
        if (objective == 1) {
            links.add(new Link(text("indicators.observatories.title", language), "/observatories",
                    text("indicators.observatories.lead", language)));
        }
        return links;
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, key, language.locale());
    }
}
