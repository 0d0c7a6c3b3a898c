package org.pacto.financing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A state that belongs to a fund, in a fee tier. The representative is a person of that state's organisation who
 * votes for it; when none is named, the organisation's focal point does. Only the person's id is kept here.
 */
@Entity
@Table(schema = "financing", name = "member")
public class FundMember {

    @Id
    private UUID id;
    private UUID fundId;
    private UUID organisationId;
    private String organisationName;
    private @Nullable String country;
    private Tier tier;
    private LocalDate joinedOn;
    private @Nullable UUID representative;
    @Version
    private long version;

    protected FundMember() {
        this.id = UUID.randomUUID();
        this.fundId = id;
        this.organisationId = id;
        this.organisationName = "";
        this.tier = Tier.PART_2;
        this.joinedOn = LocalDate.EPOCH;
    }

    FundMember(UUID fundId, UUID organisationId, String organisationName, @Nullable String country, Tier tier,
           LocalDate joinedOn, @Nullable UUID representative) {
        this();
        this.fundId = fundId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.country = country;
        this.tier = tier;
        this.joinedOn = joinedOn;
        this.representative = representative;
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public @Nullable String country() {
        return country;
    }

    public Tier tier() {
        return tier;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public @Nullable UUID representative() {
        return representative;
    }

    void renamed(String name, @Nullable String country) {
        this.organisationName = name;
        this.country = country;
    }
}
