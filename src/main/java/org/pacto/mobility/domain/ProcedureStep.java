package org.pacto.mobility.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.pacto.mobility.calculation.Cost;
import org.pacto.mobility.calculation.StepTiming;

/** One step of a procedure: steps of equal order run in parallel, different orders in sequence. */
@Embeddable
public class ProcedureStep {

    @Column(name = "step_order")
    private int order;
    private String title;
    private int daysMin;
    private int daysMax;
    private @Nullable BigDecimal costAmount;
    private @Nullable String costCurrency;
    private String documents;
    private boolean online;

    protected ProcedureStep() {
        this.title = "";
        this.documents = "";
    }

    public ProcedureStep(int order, String title, int daysMin, int daysMax, @Nullable BigDecimal costAmount,
                         @Nullable String costCurrency, String documents, boolean online) {
        this.order = order;
        this.title = title;
        this.daysMin = daysMin;
        this.daysMax = daysMax;
        this.costAmount = costAmount;
        this.costCurrency = costCurrency;
        this.documents = documents;
        this.online = online;
    }

    public StepTiming timing() {
        return new StepTiming(order, daysMin, daysMax,
                costAmount == null || costCurrency == null ? null : new Cost(costAmount, costCurrency));
    }

    public int order() {
        return order;
    }

    public String title() {
        return title;
    }

    public int daysMin() {
        return daysMin;
    }

    public int daysMax() {
        return daysMax;
    }

    public @Nullable BigDecimal costAmount() {
        return costAmount;
    }

    public @Nullable String costCurrency() {
        return costCurrency;
    }

    public String documents() {
        return documents;
    }

    public boolean online() {
        return online;
    }
}
