package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One surveyed worker for SDG 10.7.1: the survey weight, the recruitment costs paid (in the same currency as the
 * earnings), the earnings of the first month of employment abroad, and optional breakdown keys (sex, corridor,
 * ISCO-08 occupation).
 */
public record RecruitmentWorker(BigDecimal cost, BigDecimal firstMonthEarnings, BigDecimal weight,
                                @Nullable String sex, @Nullable String corridor, @Nullable String occupation) {

    public static RecruitmentWorker of(BigDecimal cost, BigDecimal firstMonthEarnings, BigDecimal weight) {
        return new RecruitmentWorker(cost, firstMonthEarnings, weight, null, null, null);
    }
}
