package org.pacto.platform.web.chart;

import java.util.ArrayList;
import java.util.List;
import org.pacto.platform.Chart;
import org.pacto.platform.web.chart.Drawing.Mark;
import org.pacto.platform.web.chart.Drawing.Shape;

/**
 * Bars. Horizontal bars carry their label above them across the whole width (wrapped, never cut:
 * at 390 px a card is as wide as its longest line allows), the value after the bar. Vertical bars
 * stand on short labels (years); labels that would touch their neighbour are left out, values that
 * do not fit above a bar too (the tooltip and the table have them all).
 */
final class BarLayout {

    static final int WIDTH = 360;
    static final double PAD = 4;
    static final double BAR = 14;
    static final double GAP = 8;
    static final double VERTICAL_HEIGHT = 200;
    private static final int SERIES_COLOURS = 6;

    private BarLayout() {
    }

    static Drawing horizontal(Chart.Bars chart, Formats formats) {
        var shapes = new ArrayList<Shape>();
        var marks = new ArrayList<Mark>();
        var labels = new ArrayList<Shape>();
        double max = chart.bars().stream().mapToDouble(b -> Math.max(0, b.value())).max().orElse(0);
        double valueRoom = chart.bars().stream().mapToDouble(b -> Text.width(formats.number(b.value()))).max()
                .orElse(0) + 6;
        double barRoom = WIDTH - 2 * PAD - valueRoom;
        double y = PAD;
        var rows = new ArrayList<List<String>>();
        for (Chart.Bar bar : chart.bars()) {
            String value = formats.number(bar.value());
            rows.add(List.of(bar.label(), value));
            for (String line : Text.wrap(bar.label(), WIDTH - 2 * PAD)) {
                labels.add(Shape.text("chart-label", PAD, y + Text.ASCENT + 1, line, "start"));
                y += Text.LINE;
            }
            double length = max == 0 ? 0 : Math.max(0, bar.value()) / max * barRoom;
            marks.add(new Mark(bar.label() + ": " + value,
                    Shape.rect("chart-s0", PAD, y + 1, Math.max(length, bar.value() > 0 ? 1 : 0), BAR)));
            labels.add(Shape.text("chart-value", PAD + length + 4, y + 1 + BAR - 2, value, "start"));
            y += BAR + 2 + GAP;
        }
        double height = Math.max(y, 2 * PAD + Text.LINE) + PAD;
        shapes.add(Shape.line("chart-axis", PAD, PAD, PAD, height - PAD));
        return new Drawing(WIDTH, (int) Math.ceil(height), shapes, marks, labels,
                List.of(chart.categoryHeader(), chart.valueHeader()), rows);
    }

    static Drawing vertical(Chart.Bars chart, Formats formats) {
        var marks = new ArrayList<Mark>();
        var labels = new ArrayList<Shape>();
        var rows = new ArrayList<List<String>>();
        int n = chart.bars().size();
        double max = chart.bars().stream().mapToDouble(b -> Math.max(0, b.value())).max().orElse(0);
        double top = PAD + Text.LINE;
        double base = VERTICAL_HEIGHT - PAD - Text.LINE - 2;
        double slot = n == 0 ? 0 : (WIDTH - 2 * PAD) / n;
        double barWidth = Math.min(32, slot * 0.7);
        Shape previous = null;
        for (int i = 0; i < n; i++) {
            Chart.Bar bar = chart.bars().get(i);
            String value = formats.number(bar.value());
            rows.add(List.of(bar.label(), value));
            double centre = PAD + slot * i + slot / 2;
            double height = max == 0 ? 0 : Math.max(0, bar.value()) / max * (base - top);
            marks.add(new Mark(bar.label() + ": " + value,
                    Shape.rect("chart-s0", centre - barWidth / 2, base - height, barWidth, height)));
            if (Text.width(value) <= slot - 2) {
                labels.add(Shape.text("chart-value", centre, base - height - 3, value, "middle"));
            }
            double half = Text.width(bar.label()) / 2;
            double x = Math.min(Math.max(centre, PAD + half), WIDTH - PAD - half);
            Shape label = Shape.text("chart-label", x, base + 2 + Text.ASCENT + 1, bar.label(), "middle");
            // a label wider than the whole chart is left to the tooltip and the table (vertical bars are for years)
            if (half * 2 <= WIDTH - 2 * PAD && (previous == null || label.left() >= previous.right() + 4)) {
                labels.add(label);
                previous = label;
            }
        }
        var shapes = List.of(Shape.line("chart-axis", PAD, base, WIDTH - PAD, base));
        return new Drawing(WIDTH, (int) VERTICAL_HEIGHT, shapes, marks, labels,
                List.of(chart.categoryHeader(), chart.valueHeader()), rows);
    }

    static Drawing stacked(Chart.StackedBars chart, Formats formats) {
        var marks = new ArrayList<Mark>();
        var labels = new ArrayList<Shape>();
        var shapes = new ArrayList<Shape>();
        double y = legend(chart.series(), shapes, labels);
        double max = chart.stacks().stream().mapToDouble(BarLayout::total).max().orElse(0);
        double valueRoom = chart.stacks().stream().mapToDouble(s -> Text.width(formats.number(total(s)))).max()
                .orElse(0) + 6;
        double barRoom = WIDTH - 2 * PAD - valueRoom;
        var rows = new ArrayList<List<String>>();
        double axisTop = y;
        for (Chart.Stack stack : chart.stacks()) {
            var row = new ArrayList<String>();
            row.add(stack.label());
            for (String line : Text.wrap(stack.label(), WIDTH - 2 * PAD)) {
                labels.add(Shape.text("chart-label", PAD, y + Text.ASCENT + 1, line, "start"));
                y += Text.LINE;
            }
            double x = PAD;
            for (int s = 0; s < chart.series().size(); s++) {
                double v = s < stack.values().size() ? stack.values().get(s) : 0;
                row.add(formats.number(v));
                double length = max == 0 ? 0 : Math.max(0, v) / max * barRoom;
                if (length > 0) {
                    marks.add(new Mark(stack.label() + " — " + chart.series().get(s) + ": " + formats.number(v),
                            Shape.rect("chart-s" + s % SERIES_COLOURS, x, y + 1, length, BAR)));
                }
                x += length;
            }
            labels.add(Shape.text("chart-value", x + 4, y + 1 + BAR - 2, formats.number(total(stack)), "start"));
            rows.add(row);
            y += BAR + 2 + GAP;
        }
        double height = Math.max(y, axisTop + Text.LINE) + PAD;
        shapes.add(Shape.line("chart-axis", PAD, axisTop, PAD, height - PAD));
        var headers = new ArrayList<String>();
        headers.add(chart.categoryHeader());
        headers.addAll(chart.series());
        return new Drawing(WIDTH, (int) Math.ceil(height), shapes, marks, labels, headers, rows);
    }

    /** A legend (swatch and name per series) flowing over as many lines as it needs; returns its bottom. */
    static double legend(List<String> series, List<Shape> shapes, List<Shape> labels) {
        double x = PAD;
        double y = PAD;
        for (int s = 0; s < series.size(); s++) {
            List<String> lines = Text.wrap(series.get(s), WIDTH - 2 * PAD - 14);
            double width = 14 + lines.stream().mapToDouble(Text::width).max().orElse(0);
            if (x > PAD && (x + width > WIDTH - PAD || lines.size() > 1)) {
                x = PAD;
                y += Text.LINE;
            }
            shapes.add(Shape.rect("chart-s" + s % SERIES_COLOURS, x, y + 2, 10, 10));
            for (int l = 0; l < lines.size(); l++) {
                labels.add(Shape.text("chart-label", x + 14, y + Text.ASCENT + 1 + l * Text.LINE, lines.get(l),
                        "start"));
            }
            if (lines.size() > 1) {
                // a long name takes lines of its own; the next one starts a new line
                y += (lines.size() - 1) * Text.LINE;
                x = WIDTH;
            } else {
                x += width + 12;
            }
        }
        return series.isEmpty() ? PAD : y + Text.LINE + 4;
    }

    private static double total(Chart.Stack stack) {
        return stack.values().stream().mapToDouble(v -> Math.max(0, v)).sum();
    }
}
