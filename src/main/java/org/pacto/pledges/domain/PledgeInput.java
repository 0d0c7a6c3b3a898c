package org.pacto.pledges.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A pledge as sent (API body or form), before validation: every field may be missing or wrong.
 * Numbers arrive as text so that "abc" is a field problem, not an unreadable request.
 */
public record PledgeInput(@Nullable String language, @Nullable String title, @Nullable String description,
                          @Nullable String need,
                          @Nullable String type, @Nullable String matches, @Nullable Boolean mirror,
                          @Nullable Boolean champion, @Nullable List<String> nature,
                          @Nullable List<Integer> objectives, @Nullable List<String> principles,
                          @Nullable List<String> actions, @Nullable List<String> countries,
                          @Nullable String region, @Nullable Boolean global, @Nullable String startDate,
                          @Nullable String deadline, @Nullable Boolean openForSignatures,
                          @Nullable List<TargetInput> targets, @Nullable List<ContactInput> contacts,
                          @Nullable Map<String, TranslationInput> translations) {

    public record TargetInput(@Nullable String name, @Nullable String unit, @Nullable Object baseline,
                              @Nullable Object target, @Nullable Object weight, @Nullable String currency,
                              @Nullable String indicator) {
    }

    public record ContactInput(@Nullable String name, @Nullable String email, @Nullable String phone) {
    }

    public record TranslationInput(@Nullable String title, @Nullable String description, @Nullable String need) {
    }

    /** A progress report as sent. */
    public record ReportInput(@Nullable String date, @Nullable String narrative, @Nullable List<ValueInput> values) {
    }

    public record ValueInput(@Nullable String target, @Nullable Object value) {
    }
}
