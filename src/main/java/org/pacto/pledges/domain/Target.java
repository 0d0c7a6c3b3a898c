package org.pacto.pledges.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measurable target of a pledge: from a baseline to a target value, in a unit. */
@Entity
@Table(schema = "pledges", name = "target")
public class Target {

    @Id
    private UUID id;
    private int position;
    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;
    private @Nullable BigDecimal weight;
    private @Nullable String currency;
    private @Nullable BigDecimal latestValue;
    /** The co-signatory that reports on this target; null: the lead organisation. */
    @jakarta.persistence.Column(name = "organisation_id")
    private @Nullable UUID organisation;
    /** The indicator the target moves ({@code scheme:code}, e.g. {@code sdg:10.7.1}), checked by {@link PledgeRules}. */
    private @Nullable String indicator;

    protected Target() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.unit = "";
        this.baseline = BigDecimal.ZERO;
        this.target = BigDecimal.ZERO;
    }

    Target(int position, String name, String unit, BigDecimal baseline, BigDecimal target,
           @Nullable BigDecimal weight, @Nullable String currency, @Nullable String indicator) {
        this();
        this.position = position;
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
        this.weight = weight;
        this.currency = currency;
        this.indicator = indicator;
    }

    public UUID id() { return id; }
    public int position() { return position; }
    public String name() { return name; }
    public String unit() { return unit; }
    public BigDecimal baseline() { return baseline; }
    public BigDecimal target() { return target; }
    public @Nullable BigDecimal weight() { return weight; }
    public @Nullable String currency() { return currency; }
    public @Nullable BigDecimal latestValue() { return latestValue; }
    public @Nullable String indicator() { return indicator; }

    public @Nullable UUID organisation() { return organisation; }

    void assignTo(@Nullable UUID organisation) {
        this.organisation = organisation;
    }

    /** Whether the organisation reports on this target (its own part; the lead reports on unassigned ones). */
    public boolean reportedBy(UUID reporter, UUID lead) {
        return organisation == null ? reporter.equals(lead) : organisation.equals(reporter);
    }

    void latestValue(@Nullable BigDecimal value) {
        this.latestValue = value;
    }
}
