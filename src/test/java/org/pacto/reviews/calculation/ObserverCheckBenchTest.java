package org.pacto.reviews.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pacto.reviews.calculation.ObserverCheck.Entry;

/**
 * Issue 9's budget: the findings of an inventory of 2,000 initiatives in at most 200 ms at the 95th percentile. This
 * measures the pure core alone (the HTTP figure belongs in bench/), after a warm-up, on the shared test machine.
 */
class ObserverCheckBenchTest {

    @Test
    void twoThousandInitiativesAreCheckedWithinTheBudget() {
        LocalDate reference = LocalDate.of(2026, 6, 30);
        List<Entry> entries = new ArrayList<>();
        String[] types = {"law", "regulation", "plan", "programme", "service", "agreement"};
        String[] statuses = {"planned", "in-force", "ended"};
        for (int i = 0; i < 2000; i++) {
            entries.add(new Entry("i" + i, "Autoridad " + (i % 40), "Iniciativa N.º " + (i % 1500), types[i % 6],
                    statuses[i % 3], Set.of(1 + i % 23, 1 + (i * 7) % 23), i % 11 == 0 ? Set.of("child-sensitive")
                    : Set.of(), reference.minusDays(i), i % 5 == 0 ? reference.minusDays(i / 2) : null, i % 4 != 0,
                    reference.minusDays(i)));
        }
        for (int i = 0; i < 10; i++) {
            ObserverCheck.check(reference, entries);
        }
        long[] nanos = new long[40];
        ObserverCheck.Result result = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            result = ObserverCheck.check(reference, entries);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p95 = nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6;
        assertThat(result.findings()).isNotEmpty();
        assertThat(p95).as("p95 in ms").isLessThanOrEqualTo(200.0);
    }
}
