package org.pacto.indicators.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disclosure control for tables from census or survey microdata.
 *
 * <ol>
 *   <li>Primary suppression (threshold rule): a cell built from fewer than {@link #THRESHOLD} unweighted
 *       respondents is suppressed — its value withheld, the cell flagged.</li>
 *   <li>Complementary suppression on one-way margins: a margin (the same table with one breakdown column fewer)
 *       can be asked for separately, so a line of the table — the cells that share every breakdown value but one —
 *       with exactly one suppressed cell would give it away by subtraction. In such a line the unsuppressed cell with
 *       the fewest respondents is suppressed too, and lines are checked again until none has exactly one.</li>
 * </ol>
 * A line with a single cell is its own margin: that margin is built from the same respondents and is suppressed by
 * the threshold rule whenever the cell is.
 */
public final class DisclosureControl {

    /** Cells from fewer than five unweighted respondents are suppressed (issue 10; common NSO practice). */
    public static final int THRESHOLD = 5;

    private DisclosureControl() {
    }

    public record Table(List<String> by, List<Cell> cells, List<Step> steps) {
    }

    public static Table apply(List<String> by, List<Cell> raw) {
        return apply(by, raw, THRESHOLD);
    }

    public static Table apply(List<String> by, List<Cell> raw, int threshold) {
        List<Cell> cells = raw.stream().sorted(Comparator.comparing(c -> key(c, by, null))).toList();
        Set<Integer> suppressed = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).n() < threshold) {
                suppressed.add(i);
            }
        }
        int primary = suppressed.size();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String dimension : by) {
                for (List<Integer> line : lines(cells, by, dimension)) {
                    long hidden = line.stream().filter(suppressed::contains).count();
                    if (line.size() >= 2 && hidden == 1) {
                        int partner = line.stream().filter(i -> !suppressed.contains(i))
                                .min(Comparator.comparingLong((Integer i) -> cells.get(i).n()).thenComparing(i -> i))
                                .orElseThrow();
                        suppressed.add(partner);
                        changed = true;
                    }
                }
            }
        }
        var out = new ArrayList<Cell>();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            out.add(suppressed.contains(i) ? new Cell(c.by(), null, c.n(), true) : c);
        }
        var steps = new ArrayList<Step>();
        steps.add(Step.of("suppressed-primary", Sources.DISCLOSURE, (long) threshold, (long) primary));
        steps.add(Step.of("suppressed-complementary", Sources.DISCLOSURE, (long) (suppressed.size() - primary)));
        return new Table(by, out, steps);
    }

    /** The lines along one dimension: cells grouped by the values of every other breakdown column. */
    static List<List<Integer>> lines(List<Cell> cells, List<String> by, String dimension) {
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            lines.computeIfAbsent(key(cells.get(i), by, dimension), k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(lines.values());
    }

    private static String key(Cell cell, List<String> by, String except) {
        var key = new StringBuilder();
        for (String column : by) {
            if (!column.equals(except)) {
                key.append(cell.by().getOrDefault(column, "")).append('\u0001');
            }
        }
        return key.toString();
    }
}
