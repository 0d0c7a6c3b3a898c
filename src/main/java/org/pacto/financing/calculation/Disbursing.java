package org.pacto.financing.calculation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a grant may pay out a tranche. Rules (issue 12; seed 002's periodic monitoring of grants):
 * <ul>
 *   <li>disbursements never exceed the grant less what was cancelled: {@code exceeds-grant};</li>
 *   <li>the first tranche needs no report; each later one needs a progress report for the period of the tranche
 *   before it, i.e. at least as many progress reports as tranches already paid: {@code progress-report-missing};</li>
 *   <li>a closed grant pays nothing: {@code grant-closed}.</li>
 * </ul>
 */
public final class Disbursing {

    private Disbursing() {
    }

    /** The grant's state as far as paying out is concerned. */
    public record Ledger(BigDecimal amount, BigDecimal cancelled, BigDecimal disbursed, int tranchesPaid,
                         int progressReports, boolean closed) {

        /** What the grant can still pay. */
        public BigDecimal remaining() {
            return amount.subtract(cancelled).subtract(disbursed);
        }
    }

    /** The refusal code, or empty when the tranche may be paid. */
    public static Optional<String> refusal(Ledger ledger, BigDecimal tranche) {
        if (ledger.closed()) {
            return Optional.of("grant-closed");
        }
        if (tranche.signum() <= 0 || tranche.compareTo(ledger.remaining()) > 0) {
            return Optional.of("exceeds-grant");
        }
        if (ledger.tranchesPaid() > ledger.progressReports()) {
            return Optional.of("progress-report-missing");
        }
        return Optional.empty();
    }
}
