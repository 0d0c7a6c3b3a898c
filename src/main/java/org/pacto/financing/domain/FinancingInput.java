package org.pacto.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the API and the forms send (public contract of issue 12: field names stay as they are). Everything is
 * nullable here: {@link FinancingRules} names each missing or wrong field in one 400 answer.
 */
public final class FinancingInput {

    private FinancingInput() {
    }

    public record FundInput(@Nullable String name, @Nullable String currency, @Nullable BigDecimal quorumShare,
                            @Nullable String majority, @Nullable List<String> windows,
                            @Nullable BigDecimal part1Fee, @Nullable BigDecimal part2Fee) {
    }

    public record MemberInput(@Nullable String organisation, @Nullable String tier, @Nullable LocalDate joinedOn,
                              @Nullable String representative) {
    }

    public record ContributionInput(@Nullable String member, @Nullable String period, @Nullable BigDecimal amount,
                                    @Nullable LocalDate paidOn) {
    }

    public record CallInput(@Nullable String title, @Nullable List<String> windows, @Nullable BigDecimal ceiling,
                            @Nullable String activities, @Nullable LocalDate opensOn, @Nullable LocalDate closesOn) {
    }

    public record LineInput(@Nullable String label, @Nullable BigDecimal amount) {
    }

    public record ResultInput(@Nullable String outcome, @Nullable String indicator, @Nullable BigDecimal baseline,
                              @Nullable BigDecimal target) {
    }

    public record ProposalInput(@Nullable String lead, @Nullable List<String> partners, @Nullable String call,
                                @Nullable String title, @Nullable String summary, @Nullable String window,
                                @Nullable List<Integer> objectives, @Nullable String activities,
                                @Nullable List<LineInput> budget, @Nullable List<ResultInput> results,
                                @Nullable Integer genderMarker, @Nullable Integer humanRightsMarker) {
    }

    public record AppraisalInput(@Nullable Integer score, @Nullable String remarks) {
    }

    public record MeetingInput(@Nullable LocalDate date, @Nullable List<String> proposals) {
    }

    public record VoteInput(@Nullable String member, @Nullable String proposal, @Nullable String vote) {
    }

    public record GrantInput(@Nullable String proposal, @Nullable BigDecimal amount) {
    }

    public record DisbursementInput(@Nullable BigDecimal amount, @Nullable LocalDate paidOn) {
    }

    public record ReportInput(@Nullable String period, @Nullable String narrative,
                              @Nullable List<BigDecimal> achieved) {
    }

    public record RestructuringInput(@Nullable String reason, @Nullable Integer fromLine, @Nullable Integer toLine,
                                     @Nullable BigDecimal amount, @Nullable String addedCountry) {
    }
}
