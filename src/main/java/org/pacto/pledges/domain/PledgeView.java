package org.pacto.pledges.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything public about a pledge, in one language (no contacts); {@code canReport} and {@code canManage} say what
 * the visitor may do (see {@link Pledges} for the rules). Ids are written as plain strings.
 */
public record PledgeView(UUID id, UUID organisationId, String organisation, String kind, boolean champion,
                         String language, String title, String description, String shownLanguage,
                         @Nullable String need, @Nullable String needLanguage, String type,
                         @Nullable UUID matches, List<MatchedPledge> matchedBy, boolean mirror, List<String> nature,
                         List<Integer> objectives, List<String> principles, List<String> actions,
                         List<String> countries, @Nullable String region, boolean global,
                         @Nullable LocalDate startDate, LocalDate deadline, String status, boolean openForSignatures,
                         double fulfilment, List<Step> calculation, boolean overdue, boolean offerFulfilled,
                         @Nullable LocalDate lastReport, @Nullable String returnReason, Instant updatedAt,
                         List<TargetView> targets, List<ReportView> reports, List<SignatoryView> signatories,
                         boolean canReport, boolean canManage) {

    public record TargetView(UUID id, String name, String unit, BigDecimal baseline, BigDecimal target,
                             @Nullable BigDecimal weight, @Nullable String currency, @Nullable BigDecimal latestValue,
                             double progress, List<Point> series, @Nullable UUID organisation,
                             @Nullable String indicator) {
    }

    // distinct schema names: other modules answer records called Point and Step too (issue 18)
    @io.swagger.v3.oas.annotations.media.Schema(name = "PledgeSeriesPoint")
    public record Point(LocalDate date, BigDecimal value) {
    }

    public record ReportView(UUID id, LocalDate date, String narrative, List<Value> values,
                             @Nullable Instant correctedAt, @Nullable String correctionReason) {
    }

    public record Value(UUID target, BigDecimal value) {
    }

    public record SignatoryView(UUID organisation, String name, String status) {
    }

    public record MatchedPledge(UUID id, String title) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "PledgeFulfilmentStep")
    public record Step(String target, double progress, double weight, double contribution, String explanation) {
    }
}
