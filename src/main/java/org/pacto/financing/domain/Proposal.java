package org.pacto.financing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pacto.platform.ConflictException;

/**
 * A proposal by a lead member state with partner states: what it will do in which window, its budget and its
 * results framework, with the gender and human-rights markers the UN Migration MPTF asks of every joint programme
 * (0 = not addressed … 3 = principal objective). It guards its lifecycle ({@link ProposalStatus}); who may ask for
 * each step is decided in {@link Proposals}.
 */
@Entity
@Table(schema = "financing", name = "proposal")
public class Proposal {

    @Id
    private UUID id;
    private UUID fundId;
    private @Nullable UUID callId;
    private UUID leadMember;
    private UUID leadOrganisation;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    private UUID[] partners;
    private String title;
    private String summary;
    private String thematicWindow;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private Integer[] objectives;
    private String activities;
    private int genderMarker;
    private int humanRightsMarker;
    private ProposalStatus status;
    private Instant createdAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant decidedAt;
    private @Nullable Integer appraisalScore;
    private @Nullable String appraisalRemarks;
    private @Nullable Instant appraisedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(schema = "financing", name = "budget_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "financing", name = "result_indicator", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<ResultIndicator> results = new ArrayList<>();

    protected Proposal() {
        this.id = UUID.randomUUID();
        this.fundId = id;
        this.leadMember = id;
        this.leadOrganisation = id;
        this.partners = new UUID[0];
        this.title = "";
        this.summary = "";
        this.thematicWindow = "";
        this.objectives = new Integer[0];
        this.activities = "";
        this.status = ProposalStatus.DRAFT;
        this.createdAt = Instant.EPOCH;
    }

    Proposal(UUID fundId, @Nullable UUID callId, FundMember lead, List<UUID> partners, ProposalDetails details,
             Instant createdAt) {
        this();
        this.fundId = fundId;
        this.callId = callId;
        this.leadMember = lead.id();
        this.leadOrganisation = lead.organisationId();
        this.partners = partners.toArray(UUID[]::new);
        this.title = details.title();
        this.summary = details.summary();
        this.thematicWindow = details.window();
        this.objectives = details.objectives().toArray(Integer[]::new);
        this.activities = details.activities();
        this.genderMarker = details.genderMarker();
        this.humanRightsMarker = details.humanRightsMarker();
        this.budget = new ArrayList<>(details.budget());
        this.results = new ArrayList<>(details.results());
        this.createdAt = createdAt;
    }

    private void move(ProposalStatus to) {
        if (!status.next().contains(to)) {
            throw new ConflictException("proposal-status", "a " + status.code() + " proposal cannot become " + to.code());
        }
        status = to;
    }

    void submit(Instant at) {
        move(ProposalStatus.SUBMITTED);
        submittedAt = at;
    }

    /** The secretariat's technical appraisal; a second appraisal before the vote replaces the first. */
    void appraise(int score, String remarks, Instant at) {
        if (status != ProposalStatus.APPRAISED) {
            move(ProposalStatus.APPRAISED);
        }
        appraisalScore = score;
        appraisalRemarks = remarks;
        appraisedAt = at;
    }

    void decide(boolean approved, Instant at) {
        move(approved ? ProposalStatus.APPROVED : ProposalStatus.REJECTED);
        decidedAt = at;
    }

    void withdraw() {
        move(ProposalStatus.WITHDRAWN);
    }

    public BigDecimal total() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public @Nullable UUID callId() {
        return callId;
    }

    public UUID leadMember() {
        return leadMember;
    }

    public UUID leadOrganisation() {
        return leadOrganisation;
    }

    public List<UUID> partners() {
        return List.of(partners);
    }

    public String title() {
        return title;
    }

    public ProposalStatus status() {
        return status;
    }

    public List<BudgetLine> budget() {
        return List.copyOf(budget);
    }

    public List<ResultIndicator> results() {
        return List.copyOf(results);
    }
}
