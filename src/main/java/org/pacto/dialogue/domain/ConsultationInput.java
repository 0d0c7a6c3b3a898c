package org.pacto.dialogue.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A consultation as the secretariat sends it (issue 11's contract: question, options, winners, opens, closes). */
public record ConsultationInput(@Nullable String question, @Nullable List<OptionInput> options,
                                @Nullable Integer winners, @Nullable Instant opens, @Nullable Instant closes) {

    public record OptionInput(@Nullable String key, @Nullable String label, @Nullable List<Integer> objectives) {
    }
}
