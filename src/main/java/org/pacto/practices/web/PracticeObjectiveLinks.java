package org.pacto.practices.web;

import java.util.List;
import org.pacto.platform.Language;
import org.pacto.practices.domain.PracticeViews;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.stereotype.Component;

/** Each objective page lists the practices published under that objective. */
@Component
class PracticeObjectiveLinks implements ObjectiveLinks {

    private final PracticeViews views;

    PracticeObjectiveLinks(PracticeViews views) {
        this.views = views;
    }

    @Override
    public String sectionKey() {
        return "objective.section.practices";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        return views.publishedWithObjective(objective).stream()
                .map(p -> new Link(p.titleIn(language.code()), "/practices/" + p.id(), p.organisation())).toList();
    }
}
