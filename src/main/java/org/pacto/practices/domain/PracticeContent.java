package org.pacto.practices.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the submitter writes about a practice: every field of the template, already validated. */
public record PracticeContent(String language, String title, String summary, String description,
                              Map<String, Map<String, String>> translations, List<String> partners,
                              List<UUID> partnerOrganisations, String type, @Nullable LocalDate startDate,
                              @Nullable LocalDate endDate, boolean implemented, String level, List<String> countries,
                              List<String> regions, @Nullable String locality, @Nullable Double latitude,
                              @Nullable Double longitude, List<Integer> objectives, List<String> principles,
                              List<String> sdgTargets, List<String> themes, @Nullable String targetPopulation,
                              @Nullable String results, @Nullable String monitoring, @Nullable String lessons,
                              @Nullable String replication, @Nullable String budget, List<String> links,
                              @Nullable UUID call) {
}
