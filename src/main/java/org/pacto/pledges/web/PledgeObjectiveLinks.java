package org.pacto.pledges.web;

import java.util.List;
import org.pacto.platform.Language;
import org.pacto.pledges.domain.PledgeSearch;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.stereotype.Component;

/** Each objective's page lists the public pledges that name it among their main objectives. */
@Component
class PledgeObjectiveLinks implements ObjectiveLinks {

    private final PledgeSearch search;

    PledgeObjectiveLinks(PledgeSearch search) {
        this.search = search;
    }

    @Override
    public String sectionKey() {
        return "objective.section.pledges";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        return search.byObjective(objective, language).stream()
                .map(p -> new Link(p.title(), "/pledges/" + p.id(), p.organisation() + " · " + p.fulfilment() + " %"))
                .toList();
    }
}
