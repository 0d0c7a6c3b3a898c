package org.pacto.pledges.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a pledge says, once validated ({@link PledgeRules}). */
public record PledgeDetails(String language, String title, String description, @Nullable String need, String type, @Nullable UUID matches,
                            boolean mirror, boolean champion, List<String> nature, List<Integer> objectives,
                            List<String> principles, List<String> actions, List<String> countries,
                            @Nullable String region, boolean global, List<String> regions,
                            @Nullable LocalDate startDate, LocalDate deadline, boolean openForSignatures,
                            List<TargetDetails> targets, List<ContactDetails> contacts,
                            Map<String, TranslationDetails> translations) {

    public record TargetDetails(String name, String unit, BigDecimal baseline, BigDecimal target,
                                @Nullable BigDecimal weight, @Nullable String currency,
                                @Nullable String indicator) {
    }

    public record ContactDetails(String name, String email, @Nullable String phone) {
    }

    public record TranslationDetails(String title, @Nullable String description, @Nullable String need) {
    }
}
