package org.pacto.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pacto.financing.calculation.Majority;
import org.pacto.financing.calculation.Tally;

/**
 * A fund: its currency, its decision rules (quorum share and majority, parameters with seed 002's defaults), its
 * thematic windows and the yearly fee of each tier. Pacto can host several funds (a global mechanism and a
 * regional integration fund, as seed 003 asks); members, calls, proposals, meetings and grants belong to one.
 */
@Entity
@Table(schema = "financing", name = "fund")
public class Fund {

    /**
     * The six thematic areas the GFMD identified, which seed 002's mechanism would finance: governance of labour
     * migration, migrants' skills for employment, new technologies that empower migrants, gaps in migrants'
     * protection, prevention of irregular migration, and partnerships for migration-related goals.
     */
    public static final List<String> GFMD_WINDOWS = List.of("labour-migration-governance", "skills-development",
            "new-technologies", "protection-gaps", "irregular-migration-prevention", "partnerships");

    @Id
    private UUID id;
    private String name;
    private String currency;
    private BigDecimal quorumShare;
    private String majority;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] windows;
    @Column(name = "part1_fee")
    private BigDecimal part1Fee;
    @Column(name = "part2_fee")
    private BigDecimal part2Fee;
    private boolean demonstration;
    private Instant createdAt;
    @Version
    private long version;

    protected Fund() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.currency = "USD";
        this.quorumShare = Tally.Rules.DEFAULT.quorumShare();
        this.majority = Majority.SIMPLE.code();
        this.windows = GFMD_WINDOWS.toArray(String[]::new);
        this.part1Fee = BigDecimal.ZERO;
        this.part2Fee = BigDecimal.ZERO;
        this.createdAt = Instant.EPOCH;
    }

    Fund(String name, String currency, Tally.Rules rules, List<String> windows, BigDecimal part1Fee,
         BigDecimal part2Fee, boolean demonstration, Instant createdAt) {
        this();
        this.name = name;
        this.currency = currency;
        this.quorumShare = rules.quorumShare();
        this.majority = rules.majority().code();
        this.windows = windows.toArray(String[]::new);
        this.part1Fee = part1Fee;
        this.part2Fee = part2Fee;
        this.demonstration = demonstration;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }

    public Tally.Rules rules() {
        return new Tally.Rules(quorumShare, Majority.fromCode(majority).orElse(Majority.SIMPLE));
    }

    public List<String> windows() {
        return List.of(windows);
    }

    public boolean demonstration() {
        return demonstration;
    }

    /** What a member of this tier owes for one period (seed 002: Part I pays more; the vote stays equal). */
    public BigDecimal fee(Tier tier) {
        return tier == Tier.PART_1 ? part1Fee : part2Fee;
    }
}
