package org.pacto.mobility.web;

import java.util.List;
import org.pacto.platform.Language;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Objectives 18 (skills development and mutual recognition), 5 (regular pathways: the labour-demand estimate
 * informs labour-mobility agreements), 6 (fair recruitment: recognition avoids deskilling and recruitment fees for
 * it) and 21 (returnees: recognition of what they learned abroad) link to the mobility pages.
 */
@Component
class MobilityLinks implements ObjectiveLinks {

    private final MessageSource messages;

    MobilityLinks(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String sectionKey() {
        return "objective.section.mobility";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        var skills = new Link(text("mobility.link.skills", language), "/skills", "");
        var demand = new Link(text("mobility.link.demand", language), "/skills/demand", "");
        var model = new Link(text("mobility.link.model", language), "/labour-demand/care-synthetic",
                text("mobility.synthetic.data", language));
        return switch (objective) {
            case 18 -> List.of(skills, demand, model);
            case 5 -> List.of(demand, model);
            case 6, 21 -> List.of(skills);
            default -> List.of();
        };
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, key, language.locale());
    }
}
