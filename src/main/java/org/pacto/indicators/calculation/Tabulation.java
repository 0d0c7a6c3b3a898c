package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference tabulation in plain Java over rows held in memory (small files, tests, and the yardstick the
 * DuckDB tabulation is checked against): one raw cell per combination of breakdown values present in the data.
 * Weighted count = Σ w; weighted share = Σ w·[x = v] ÷ Σ w × 100; weighted mean = Σ w·x ÷ Σ w (rows where x is
 * empty are left out of the mean). Disclosure control is applied by {@link DisclosureControl}, not here.
 */
public final class Tabulation {

    private Tabulation() {
    }

    /** @param weight the weight column, or null for unweighted (every weight 1) */
    public static List<Cell> tabulate(List<Map<String, String>> rows, Measure measure, List<String> by,
                                      @org.jspecify.annotations.Nullable String weight) {
        Map<Map<String, String>, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<Map<String, String>, Long> counts = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            Map<String, String> key = new LinkedHashMap<>();
            by.forEach(column -> key.put(column, row.getOrDefault(column, "")));
            BigDecimal w = weight == null ? BigDecimal.ONE : new BigDecimal(row.get(weight));
            BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            counts.merge(key, 1L, Long::sum);
            switch (measure) {
                case Measure.Count c -> s[0] = s[0].add(w);
                case Measure.Share share -> {
                    s[1] = s[1].add(w);
                    if (share.value().equals(row.get(share.column()))) {
                        s[0] = s[0].add(w);
                    }
                }
                case Measure.Mean mean -> {
                    String x = row.get(mean.column());
                    if (x != null && !x.isBlank()) {
                        s[0] = s[0].add(w.multiply(new BigDecimal(x)));
                        s[1] = s[1].add(w);
                    }
                }
            }
        }
        var cells = new ArrayList<Cell>();
        sums.forEach((key, s) -> {
            BigDecimal value = switch (measure) {
                case Measure.Count c -> s[0];
                case Measure.Share share -> Decimals.divide(s[0], s[1]).multiply(Decimals.HUNDRED);
                case Measure.Mean mean -> s[1].signum() == 0 ? BigDecimal.ZERO : Decimals.divide(s[0], s[1]);
            };
            cells.add(Cell.raw(key, Decimals.published(value), counts.get(key)));
        });
        return cells;
    }
}
