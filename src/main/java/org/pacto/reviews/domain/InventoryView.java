package org.pacto.reviews.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The read models of the module's pages and API (one per page or answer); never entities. */
public final class InventoryView {

    private InventoryView() {
    }

    /** An inventory with its initiatives and the observer's queries. {@code demo}: synthetic demonstration data. */
    public record Full(String id, String cycle, String cycleTitle, LocalDate referenceDate, String organisation,
                       String organisationName, @Nullable String country, String level, @Nullable String locality,
                       String status, boolean demo, @Nullable String copiedFrom, @Nullable Instant publishedAt,
                       List<InitiativeItem> initiatives, List<QueryItem> queries) {
    }

    public record InitiativeItem(String id, String title, String language, boolean titleInAskedLanguage,
                                 String authority, String level, String direction, String type,
                                 List<Integer> objectives, List<String> principles, String status,
                                 @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                                 @Nullable String legalBasis, @Nullable String url, @Nullable Budget budget,
                                 List<String> evidence, @Nullable LocalDate lastVerified) {
    }

    /** An initiative's own page: the initiative, its inventory, and whether the reader may change it now. */
    public record InitiativePage(Full inventory, InitiativeItem initiative, boolean mayEdit) {
    }

    public record Budget(BigDecimal amount, String currency) {
    }

    public record QueryItem(String id, @Nullable String finding, String question, @Nullable String answer,
                            Instant askedAt, @Nullable Instant answeredAt) {
    }

    /** The observer's check: coverage, findings and the steps, each finding explained in the asked language. */
    public record Findings(LocalDate referenceDate, Coverage coverage, List<FindingItem> findings,
                           List<StepItem> steps) {
    }

    public record Coverage(List<Integer> covered, List<Integer> plannedOnly, List<Integer> gaps, double share) {
    }

    public record FindingItem(String rule, List<String> initiatives, @Nullable Integer objective, String detail,
                              String detailCode, String key, String source) {
    }

    public record StepItem(String code, String text, String source) {
    }

    /** The self-assessment: shares per domain in percent, and the answers given. */
    public record Assessment(List<Domain> domains, Map<String, Answer> answers) {
    }

    public record Domain(String code, double present, double partial, double absent, double answered) {
    }

    public record Answer(String level, @Nullable String evidence) {
    }

    /** National–local coherence in one cycle and country. */
    public record Coherence(String cycle, String country, List<Integer> localOnly, List<Integer> nationalOnly,
                            List<Summary> inventories) {
    }

    /** One inventory in a list: who, where, status and the covered share at the cycle's reference date. */
    public record Summary(String id, String cycle, String cycleTitle, String organisation, String organisationName,
                          @Nullable String country, String level, @Nullable String locality, String status,
                          List<Integer> covered, List<Integer> plannedOnly, double share, boolean demo,
                          @Nullable Instant publishedAt) {
    }
}
