package org.pacto.reviews.web;

import java.util.List;
import org.pacto.platform.Language;
import org.pacto.reviews.domain.InventoryViews;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.stereotype.Component;

/** Each objective's page lists the initiatives in force for it in published inventories (issue 9). */
@Component
class ReviewObjectiveLinks implements ObjectiveLinks {

    private final InventoryViews views;

    ReviewObjectiveLinks(InventoryViews views) {
        this.views = views;
    }

    @Override
    public String sectionKey() {
        return "objective.section.reviews";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        return views.inForceFor(objective, language).stream()
                .map(i -> new Link(i.title(), "/reviews/" + i.cycle() + "/" + i.organisation(), i.organisationName()))
                .toList();
    }
}
