package org.pacto.platform.web.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.pacto.platform.Chart;
import org.pacto.platform.web.chart.Drawing.Mark;
import org.pacto.platform.web.chart.Drawing.Shape;

/**
 * Periods on a time line: one lane per row, its name above it (wrapped), the years under the last
 * lane every so many years that no two touch; a legend names the kinds when there are several.
 */
final class SpanLayout {

    static final int WIDTH = 360;
    static final double PAD = 4;
    static final double LANE = 16;

    private SpanLayout() {
    }

    static Drawing draw(Chart.Spans chart, Formats formats) {
        var shapes = new ArrayList<Shape>();
        var marks = new ArrayList<Mark>();
        var labels = new ArrayList<Shape>();
        var kinds = chart.spans().stream().map(Chart.Span::kind).distinct().toList();
        double y = kinds.size() > 1 ? BarLayout.legend(kinds, shapes, labels) : PAD;
        var byRow = new LinkedHashMap<String, List<Chart.Span>>();
        chart.spans().forEach(s -> byRow.computeIfAbsent(s.row(), r -> new ArrayList<>()).add(s));
        LocalDate start = chart.spans().stream().map(Chart.Span::from).min(LocalDate::compareTo)
                .orElse(LocalDate.of(2000, 1, 1)).withDayOfYear(1);
        LocalDate end = chart.spans().stream().map(s -> s.to().plusDays(1)).max(LocalDate::compareTo)
                .orElse(start.plusYears(1));
        if (!end.isAfter(start)) {
            end = start.plusYears(1);
        }
        double left = PAD;
        double right = WIDTH - PAD;
        long days = ChronoUnit.DAYS.between(start, end);
        LocalDate origin = start;
        java.util.function.Function<LocalDate, Double> xOf = d ->
                left + ChronoUnit.DAYS.between(origin, d) / (double) days * (right - left);
        double axisTop = y;
        for (var row : byRow.entrySet()) {
            for (String line : Text.wrap(row.getKey(), right - left)) {
                labels.add(Shape.text("chart-label", left, y + Text.ASCENT + 1, line, "start"));
                y += Text.LINE;
            }
            for (Chart.Span span : row.getValue()) {
                double x = xOf.apply(span.from().isBefore(start) ? start : span.from());
                double x2 = xOf.apply(span.to().plusDays(1));
                marks.add(new Mark(row.getKey() + " (" + span.kind() + "): " + formats.date(span.from()) + " – "
                        + formats.date(span.to()), Shape.rect("chart-s" + kinds.indexOf(span.kind()) % 6, x, y + 1,
                        Math.max(2, Math.min(x2, right) - x), LANE - 4)));
            }
            y += LANE + 6;
        }
        double axis = y;
        shapes.add(Shape.line("chart-axis", left, axis, right, axis));
        shapes.add(Shape.line("chart-axis", left, axisTop, left, axis));
        Shape previous = null;
        for (int year = start.getYear(); !LocalDate.of(year, 1, 1).isAfter(end); year++) {
            double x = xOf.apply(LocalDate.of(year, 1, 1));
            String text = String.valueOf(year);
            double half = Text.width(text) / 2;
            Shape label = Shape.text("chart-label", Math.min(Math.max(x, left + half), right - half),
                    axis + 4 + Text.ASCENT + 1, text, "middle");
            if (previous == null || label.left() >= previous.right() + 8) {
                shapes.add(Shape.line("chart-axis", x, axis, x, axis + 3));
                labels.add(label);
                previous = label;
            }
        }
        var rows = chart.spans().stream().map(s -> List.of(s.row(), s.kind(), formats.date(s.from()),
                formats.date(s.to()))).toList();
        return new Drawing(WIDTH, (int) Math.ceil(axis + 4 + Text.LINE + PAD), shapes, marks, labels,
                List.of(chart.rowHeader(), chart.kindHeader(), chart.fromHeader(), chart.toHeader()), rows);
    }
}
