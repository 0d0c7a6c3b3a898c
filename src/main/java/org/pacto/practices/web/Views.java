package org.pacto.practices.web;

import java.time.ZoneOffset;
import org.pacto.practices.domain.Practice;

/** Turns the aggregate into its public view. */
final class Views {

    private Views() {
    }

    static PracticeView of(Practice p, String baseUrl, boolean withRevisionRequests) {
        boolean reviewed = p.status().isPublic() && p.peerReviewedAt() != null;
        int year = p.publishedAt() != null ? p.publishedAt().atZone(ZoneOffset.UTC).getYear()
                : p.createdAt().atZone(ZoneOffset.UTC).getYear();
        String citation = p.organisationName() + " (" + year + "). " + p.title() + ". Pacto, Repository of Good "
                + "Practices" + (reviewed ? ", peer reviewed" : "") + ". " + baseUrl + "/practices/" + p.id();
        var c = p.content();
        return new PracticeView(p.id().toString(), p.status().code(), c.language(), c.title(), c.summary(),
                c.description(), c.translations(), p.organisationId().toString(), p.organisationName(), c.partners(),
                c.type(), c.startDate(), c.endDate(), c.endDate() == null, c.level(), c.countries(), c.regions(),
                c.locality(), c.latitude(), c.longitude(), c.objectives(), c.principles(), c.sdgTargets(), c.themes(),
                c.targetPopulation(), c.results(), c.monitoring(), c.lessons(), c.replication(), c.budget(), c.links(),
                c.call() == null ? null : c.call().toString(), reviewed, reviewed ? p.peerReviewedAt() : null,
                p.publishedAt(), withRevisionRequests ? p.revisionRequests() : null, citation);
    }
}
