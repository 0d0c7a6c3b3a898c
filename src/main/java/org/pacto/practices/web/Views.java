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
        return new PracticeView(p.id().toString(), p.status().code(), p.language(), p.title(), p.summary(),
                p.description(), p.translations(), p.organisationId().toString(), p.organisationName(), p.partners(),
                p.type(), p.startDate(), p.endDate(), p.ongoing(), p.level(), p.countries(), p.regions(), p.locality(),
                p.latitude(), p.longitude(), p.objectives(), p.principles(), p.sdgTargets(), p.themes(),
                p.targetPopulation(), p.results(), p.monitoring(), p.lessons(), p.replication(), p.budget(), p.links(),
                p.callId() == null ? null : p.callId().toString(), reviewed, reviewed ? p.peerReviewedAt() : null,
                p.publishedAt(), withRevisionRequests ? p.revisionRequests() : null, citation);
    }
}
