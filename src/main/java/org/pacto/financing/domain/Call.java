package org.pacto.financing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A call for proposals: the windows it opens, the ceiling per grant, the eligible activities and its dates. */
@Entity
@Table(schema = "financing", name = "call")
public class Call {

    @Id
    private UUID id;
    private UUID fundId;
    private String title;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] windows;
    private BigDecimal ceiling;
    private String activities;
    private LocalDate opensOn;
    private LocalDate closesOn;

    protected Call() {
        this.id = UUID.randomUUID();
        this.fundId = id;
        this.title = "";
        this.windows = new String[0];
        this.ceiling = BigDecimal.ONE;
        this.activities = "";
        this.opensOn = LocalDate.EPOCH;
        this.closesOn = LocalDate.EPOCH;
    }

    Call(UUID fundId, String title, List<String> windows, BigDecimal ceiling, String activities, LocalDate opensOn,
         LocalDate closesOn) {
        this();
        this.fundId = fundId;
        this.title = title;
        this.windows = windows.toArray(String[]::new);
        this.ceiling = ceiling;
        this.activities = activities;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public List<String> windows() {
        return List.of(windows);
    }

    public BigDecimal ceiling() {
        return ceiling;
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
