package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a table by migratory status (or any breakdown): the breakdown values, the measure's value (null
 * when suppressed), the unweighted number of respondents behind it and whether it is suppressed.
 */
public record Cell(Map<String, String> by, @Nullable BigDecimal value, long n, boolean suppressed) {

    public Cell {
        by = Map.copyOf(by);
    }

    public static Cell raw(Map<String, String> by, BigDecimal value, long n) {
        return new Cell(by, value, n, false);
    }
}
