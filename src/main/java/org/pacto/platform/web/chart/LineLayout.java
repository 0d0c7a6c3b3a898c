package org.pacto.platform.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pacto.platform.Chart;
import org.pacto.platform.web.chart.Drawing.Mark;
import org.pacto.platform.web.chart.Drawing.Shape;

/**
 * A value over time: the values' range (reference lines included) on the left, the first and last
 * dates under the plot, reference lines dashed with their label and value written inside the plot
 * (the first on the left, the next on the right; one that would touch another moves under its line).
 */
final class LineLayout {

    static final int WIDTH = 360;
    static final int HEIGHT = 220;
    static final double PAD = 4;

    private LineLayout() {
    }

    static Drawing draw(Chart.Line chart, Formats formats) {
        var shapes = new ArrayList<Shape>();
        var marks = new ArrayList<Mark>();
        var labels = new ArrayList<Shape>();
        var values = Stream.concat(chart.points().stream().map(Chart.Point::value),
                chart.references().stream().map(Chart.Reference::value)).map(BigDecimal::doubleValue).toList();
        double lo = values.stream().mapToDouble(v -> v).min().orElse(0);
        double hi = values.stream().mapToDouble(v -> v).max().orElse(1);
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double mid = (lo + hi) / 2;
        List<String> ticks = List.of(formats.number(hi), formats.number(mid), formats.number(lo));
        double left = PAD + ticks.stream().mapToDouble(Text::width).max().orElse(0) + 6;
        double right = WIDTH - PAD - 4;
        double top = PAD + Text.LINE;
        double bottom = HEIGHT - PAD - Text.LINE - 4;
        double low = lo;
        double span = hi - lo;
        java.util.function.DoubleUnaryOperator yOf = v -> bottom - (v - low) / span * (bottom - top);

        // axes and value ticks
        shapes.add(Shape.line("chart-axis", left, top, left, bottom));
        shapes.add(Shape.line("chart-axis", left, bottom, right, bottom));
        double[] tickValues = {hi, mid, lo};
        for (int i = 0; i < 3; i++) {
            double y = yOf.applyAsDouble(tickValues[i]);
            shapes.add(Shape.line("chart-grid", left, y, right, y));
            labels.add(Shape.text("chart-label", left - 4, y + 4, ticks.get(i), "end"));
        }

        // dates
        LocalDate first = chart.points().stream().map(Chart.Point::date).min(LocalDate::compareTo).orElse(null);
        LocalDate last = chart.points().stream().map(Chart.Point::date).max(LocalDate::compareTo).orElse(null);
        var rows = new ArrayList<List<String>>();
        if (first != null) {
            long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
            double inset = first.equals(last) ? (right - left) / 2 : 6;
            java.util.function.Function<LocalDate, Double> xOf = d -> first.equals(last) ? left + inset
                    : left + inset + ChronoUnit.DAYS.between(first, d) / (double) days * (right - left - 2 * inset);
            Shape from = Shape.text("chart-label", left, bottom + 4 + Text.ASCENT + 1, formats.month(first), "start");
            labels.add(from);
            Shape to = Shape.text("chart-label", right, bottom + 4 + Text.ASCENT + 1, formats.month(last), "end");
            if (!first.equals(last) && to.left() >= from.right() + 6) {
                labels.add(to);
            }
            var points = new StringBuilder();
            var sorted = chart.points().stream().sorted(java.util.Comparator.comparing(Chart.Point::date)).toList();
            for (Chart.Point p : sorted) {
                double x = xOf.apply(p.date());
                double y = yOf.applyAsDouble(p.value().doubleValue());
                points.append(Shape.r(x)).append(',').append(Shape.r(y)).append(' ');
                marks.add(new Mark(formats.date(p.date()) + ": " + formats.number(p.value()),
                        Shape.circle("chart-point", x, y, 4)));
                rows.add(List.of(formats.date(p.date()), formats.number(p.value())));
            }
            if (sorted.size() > 1) {
                shapes.add(Shape.polyline("chart-line", points.toString().strip()));
            }
        }

        // reference lines
        var placed = new ArrayList<Shape>(labels);
        for (int i = 0; i < chart.references().size(); i++) {
            Chart.Reference reference = chart.references().get(i);
            double y = yOf.applyAsDouble(reference.value().doubleValue());
            shapes.add(Shape.line("chart-ref", left, y, right, y));
            String text = reference.label() + " " + formats.number(reference.value());
            boolean onLeft = i % 2 == 0;
            double x = onLeft ? left + 4 : right - 2;
            String anchor = onLeft ? "start" : "end";
            Shape label = Shape.text("chart-ref-label", x, y - 4, text, anchor);
            if (overlaps(label, placed) || label.top() < 0) {
                label = Shape.text("chart-ref-label", x, y + Text.ASCENT + 3, text, anchor);
            }
            if (!overlaps(label, placed) && label.bottom() <= HEIGHT && label.left() >= left) {
                labels.add(label);
                placed.add(label);
            }
            rows.add(List.of(reference.label(), formats.number(reference.value())));
        }
        return new Drawing(WIDTH, HEIGHT, shapes, marks, labels, List.of(chart.dateHeader(), chart.valueHeader()),
                rows);
    }

    static boolean overlaps(Shape a, List<Shape> others) {
        return others.stream().anyMatch(b -> a.left() < b.right() && b.left() < a.right()
                && a.top() < b.bottom() && b.top() < a.bottom());
    }
}
