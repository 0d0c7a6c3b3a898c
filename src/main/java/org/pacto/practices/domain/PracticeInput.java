package org.pacto.practices.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A practice as a submitter sends it (API body or form), before validation. Organisations among the
 * partners may be named by their Pacto id or by name; anything else is kept as text.
 */
public record PracticeInput(@Nullable String language, @Nullable String title, @Nullable String summary,
                            @Nullable String description, @Nullable Map<String, Map<String, String>> translations,
                            @Nullable List<String> partners, @Nullable String type, @Nullable String startDate,
                            @Nullable String endDate, @Nullable Boolean implemented, @Nullable String level,
                            @Nullable List<String> countries, @Nullable String locality, @Nullable Double latitude,
                            @Nullable Double longitude, @Nullable List<Integer> objectives,
                            @Nullable List<String> principles, @Nullable List<String> sdgTargets,
                            @Nullable List<String> themes, @Nullable String targetPopulation,
                            @Nullable String results, @Nullable String monitoring, @Nullable String lessons,
                            @Nullable String replication, @Nullable String budget, @Nullable List<String> links,
                            @Nullable String call, @Nullable Contact contact) {

    /** The contact person: personal data, never public. */
    public record Contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }
}
