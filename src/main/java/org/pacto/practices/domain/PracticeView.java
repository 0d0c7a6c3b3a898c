package org.pacto.practices.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Every public field of a practice, as the API and pages show it: never the contact, never the scores. */
public record PracticeView(String id, String status, String language, String title, String summary,
                           String description, Map<String, Map<String, String>> translations, String organisationId,
                           String organisation, List<String> partners, String type, @Nullable LocalDate startDate,
                           @Nullable LocalDate endDate, boolean ongoing, String level, List<String> countries,
                           List<String> regions, @Nullable String locality, @Nullable Double latitude,
                           @Nullable Double longitude, List<Integer> objectives, List<String> principles,
                           List<String> sdgTargets, List<String> themes, @Nullable String targetPopulation,
                           @Nullable String results, @Nullable String monitoring, @Nullable String lessons,
                           @Nullable String replication, @Nullable String budget, List<String> links,
                           @Nullable String call, boolean peerReviewed, @Nullable Instant peerReviewedAt,
                           @Nullable Instant publishedAt, @Nullable String revisionRequests, String citation) {

    public String titleIn(String language) {
        return translations.getOrDefault(language, Map.of()).getOrDefault("title", title);
    }

    public String summaryIn(String language) {
        return translations.getOrDefault(language, Map.of()).getOrDefault("summary", summary);
    }

    public boolean translatedTo(String language) {
        return language.equals(this.language) || translations.getOrDefault(language, Map.of()).containsKey("title");
    }

    /** The public view of a practice; the revision requests only for those who work on it. */
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
