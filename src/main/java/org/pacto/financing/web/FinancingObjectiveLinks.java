package org.pacto.financing.web;

import java.util.List;
import org.pacto.financing.domain.FinancingViews;
import org.pacto.platform.Language;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.stereotype.Component;

/**
 * Each objective's page lists the submitted proposals and grants that name it; objective 23 (international
 * cooperation, where GCM paragraph 43 places the capacity-building mechanism and its fund) lists every fund.
 */
@Component
class FinancingObjectiveLinks implements ObjectiveLinks {

    private final FinancingViews views;

    FinancingObjectiveLinks(FinancingViews views) {
        this.views = views;
    }

    @Override
    public String sectionKey() {
        return "objective.section.financing";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        var links = new java.util.ArrayList<Link>();
        if (objective == 23) {
            views.funds().forEach(f -> links.add(new Link(f.name(), "/financing/funds/" + f.id(), f.currency())));
        }
        views.byObjective(objective).forEach(p -> links.add(new Link(p.title(), "/financing/proposals/" + p.id(),
                p.lead() + " · " + p.status())));
        return links;
    }
}
