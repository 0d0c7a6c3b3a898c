package org.pacto.financing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.financing.calculation.Disbursing;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * A grant committed to an approved proposal: its budget lines (copied from the proposal, then changed only by
 * restructurings), the tranches paid, the progress reports against the results framework, and its closure, which
 * cancels what was not paid and returns it to the fund (seed 002: periodic monitoring, restructuring a grant or
 * adding a beneficiary country). Paying out follows {@link Disbursing}.
 */
@Entity
@Table(schema = "financing", name = "grant_award")
public class Grant {

    @Embeddable
    public record Disbursement(BigDecimal amount, LocalDate paidOn) {
    }

    @Embeddable
    public record ProgressReport(String period, LocalDate submittedOn, String narrative,
                                 @JdbcTypeCode(SqlTypes.ARRAY) @Column(columnDefinition = "numeric(20,4)[]")
                                 BigDecimal[] achieved) {
    }

    @Embeddable
    public record Restructuring(LocalDate madeOn, String reason, @Nullable Integer fromLine, @Nullable Integer toLine,
                                @Nullable BigDecimal amount, @Nullable String addedCountry) {
    }

    @Id
    private UUID id;
    private UUID fundId;
    private UUID proposalId;
    private BigDecimal amount;
    private BigDecimal cancelled;
    private LocalDate committedOn;
    private @Nullable LocalDate closedOn;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] countries;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(schema = "financing", name = "grant_line", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "financing", name = "disbursement", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<Disbursement> disbursements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "financing", name = "progress_report", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<ProgressReport> reports = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "financing", name = "restructuring", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<Restructuring> restructurings = new ArrayList<>();

    protected Grant() {
        this.id = UUID.randomUUID();
        this.fundId = id;
        this.proposalId = id;
        this.amount = BigDecimal.ONE;
        this.cancelled = BigDecimal.ZERO;
        this.committedOn = LocalDate.EPOCH;
        this.countries = new String[0];
    }

    Grant(Proposal proposal, BigDecimal amount, List<String> countries, LocalDate committedOn) {
        this();
        this.fundId = proposal.fundId();
        this.proposalId = proposal.id();
        this.amount = amount;
        this.committedOn = committedOn;
        this.countries = countries.toArray(String[]::new);
        this.lines = new ArrayList<>(proposal.budget());
    }

    public Disbursing.Ledger ledger() {
        return new Disbursing.Ledger(amount, cancelled, disbursed(), disbursements.size(), reports.size(),
                closedOn != null);
    }

    void disburse(BigDecimal tranche, LocalDate on) {
        Disbursing.refusal(ledger(), tranche).ifPresent(code -> {
            throw new ConflictException(code, "the tranche cannot be paid: " + code);
        });
        disbursements.add(new Disbursement(tranche, on));
    }

    void report(ProgressReport report) {
        if (closedOn != null) {
            throw new ConflictException("grant-closed", "the grant is closed");
        }
        reports.add(report);
    }

    /** Moves money between budget lines and/or adds a beneficiary country, always with a reason. */
    void restructure(Restructuring change) {
        if (closedOn != null) {
            throw new ConflictException("grant-closed", "the grant is closed");
        }
        if (change.fromLine() != null && change.toLine() != null && change.amount() != null) {
            int from = change.fromLine();
            int to = change.toLine();
            if (from < 0 || from >= lines.size() || to < 0 || to >= lines.size() || from == to) {
                throw new InvalidInputException(new FieldProblem("fromLine", "out-of-range", 0, lines.size() - 1));
            }
            BudgetLine source = lines.get(from);
            if (source.amount().compareTo(change.amount()) < 0) {
                throw new InvalidInputException(new FieldProblem("amount", "exceeds-line", source.amount()));
            }
            BudgetLine target = lines.get(to);
            lines.set(from, new BudgetLine(source.label(), source.amount().subtract(change.amount())));
            lines.set(to, new BudgetLine(target.label(), target.amount().add(change.amount())));
        }
        if (change.addedCountry() != null) {
            var all = new LinkedHashSet<>(List.of(countries));
            all.add(change.addedCountry());
            countries = all.toArray(String[]::new);
        }
        restructurings.add(change);
    }

    /** Closes the grant: what was not paid is cancelled and returns to the fund's available funds. */
    void close(LocalDate on) {
        if (closedOn != null) {
            throw new ConflictException("grant-closed", "the grant is closed");
        }
        cancelled = amount.subtract(disbursed());
        closedOn = on;
    }

    public BigDecimal disbursed() {
        return disbursements.stream().map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public UUID proposalId() {
        return proposalId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal cancelled() {
        return cancelled;
    }

    public List<String> countries() {
        return List.of(countries);
    }

    public List<BudgetLine> lines() {
        return List.copyOf(lines);
    }

    public List<Disbursement> disbursements() {
        return List.copyOf(disbursements);
    }

    public List<ProgressReport> reports() {
        return List.copyOf(reports);
    }

    public List<Restructuring> restructurings() {
        return List.copyOf(restructurings);
    }

    public @Nullable LocalDate closedOn() {
        return closedOn;
    }
}
