package org.pacto.practices.web;

import java.time.Instant;
import java.time.LocalDate;
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
}
