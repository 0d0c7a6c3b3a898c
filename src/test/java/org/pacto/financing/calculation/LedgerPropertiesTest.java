package org.pacto.financing.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * No sequence of operations (contributions paid, grants committed, tranches paid, reports filed, grants closed with
 * their remainder cancelled) makes the available funds negative or pays a grant more than it was given, provided
 * every operation goes through the rules' checks, as the services do.
 */
class LedgerPropertiesTest {

    record Operation(int kind, int grant, long amount) {
    }

    @Provide
    Arbitrary<List<Operation>> operations() {
        var op = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(-1_000, 1_000_000)).as(Operation::new);
        return op.list().ofMaxSize(60);
    }

    /** A grant as the services hold it. */
    static final class Grant {
        BigDecimal amount;
        BigDecimal cancelled = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        int tranches;
        int reports;
        boolean closed;

        Grant(BigDecimal amount) {
            this.amount = amount;
        }

        Disbursing.Ledger ledger() {
            return new Disbursing.Ledger(amount, cancelled, disbursed, tranches, reports, closed);
        }
    }

    @Property
    void availableFundsNeverNegativeAndDisbursementsNeverExceedGrants(@ForAll("operations") List<Operation> operations) {
        BigDecimal paid = BigDecimal.ZERO;
        var grants = new ArrayList<Grant>();
        for (Operation o : operations) {
            BigDecimal amount = BigDecimal.valueOf(o.amount());
            var balance = FundBalance.of(paid, committed(grants), cancelled(grants), "USD");
            switch (o.kind()) {
                case 0 -> {
                    if (amount.signum() > 0) {
                        paid = paid.add(amount);
                    }
                }
                case 1 -> {
                    if (balance.allows(amount)) {
                        grants.add(new Grant(amount));
                    }
                }
                case 2 -> pick(grants, o).ifPresent(g -> {
                    if (Disbursing.refusal(g.ledger(), amount).isEmpty()) {
                        g.disbursed = g.disbursed.add(amount);
                        g.tranches++;
                    }
                });
                case 3 -> pick(grants, o).ifPresent(g -> g.reports++);
                default -> pick(grants, o).ifPresent(g -> {
                    if (!g.closed) {
                        g.cancelled = g.ledger().remaining();
                        g.closed = true;
                    }
                });
            }
            var after = FundBalance.of(paid, committed(grants), cancelled(grants), "USD");
            assertThat(after.available()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            for (Grant g : grants) {
                assertThat(g.disbursed.add(g.cancelled)).isLessThanOrEqualTo(g.amount);
                assertThat(g.tranches).isLessThanOrEqualTo(g.reports + 1);
            }
        }
    }

    @Test
    void theSecondTrancheWaitsForAProgressReport() {
        var ledger = new Disbursing.Ledger(new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("40"), 1, 0, false);
        assertThat(Disbursing.refusal(ledger, new BigDecimal("10"))).contains("progress-report-missing");
        var reported = new Disbursing.Ledger(new BigDecimal("100"), BigDecimal.ZERO, new BigDecimal("40"), 1, 1, false);
        assertThat(Disbursing.refusal(reported, new BigDecimal("60"))).isEmpty();
        assertThat(Disbursing.refusal(reported, new BigDecimal("60.01"))).contains("exceeds-grant");
    }

    @Test
    void theBalanceShowsItsComputation() {
        var balance = FundBalance.of(new BigDecimal("1000"), new BigDecimal("700"), new BigDecimal("50"), "USD");
        assertThat(balance.available()).isEqualByComparingTo("350");
        assertThat(balance.steps()).extracting(Step::code)
                .containsExactly("contributions-paid", "grants-committed", "commitments-cancelled", "available");
        assertThat(balance.allows(new BigDecimal("350"))).isTrue();
        assertThat(balance.allows(new BigDecimal("350.01"))).isFalse();
    }

    private static java.util.Optional<Grant> pick(List<Grant> grants, Operation o) {
        return grants.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(grants.get(o.grant() % grants.size()));
    }

    private static BigDecimal committed(List<Grant> grants) {
        return grants.stream().map(g -> g.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal cancelled(List<Grant> grants) {
        return grants.stream().map(g -> g.cancelled).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
