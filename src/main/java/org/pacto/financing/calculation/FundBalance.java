package org.pacto.financing.calculation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a fund can still commit: available = contributions paid − grants committed + commitments cancelled
 * (seed 002's mechanism finances grants from members' contributions; issue 12's rule). A grant larger than the
 * available funds is refused with {@code insufficient-funds}; arrears never enter this figure, only what was paid.
 */
public final class FundBalance {

    static final String RULE = "Fund rules: available = paid − committed + cancelled";

    private FundBalance() {
    }

    public record Balance(BigDecimal paid, BigDecimal committed, BigDecimal cancelled, BigDecimal available,
                          String currency, List<Step> steps) {

        /** Whether a new grant of this amount fits. */
        public boolean allows(BigDecimal amount) {
            return amount.signum() > 0 && amount.compareTo(available) <= 0;
        }
    }

    public static Balance of(BigDecimal paid, BigDecimal committed, BigDecimal cancelled, String currency) {
        BigDecimal available = paid.subtract(committed).add(cancelled);
        return new Balance(paid, committed, cancelled, available, currency, List.of(
                Step.of("contributions-paid", RULE, paid, currency),
                Step.of("grants-committed", RULE, committed, currency),
                Step.of("commitments-cancelled", RULE, cancelled, currency),
                Step.of("available", RULE, paid, committed, cancelled, available, currency)));
    }
}
