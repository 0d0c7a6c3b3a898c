package org.pacto.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A chart as data, drawn as inline SVG on the server by the page include
 * {@code fragments/chart :: chart(${chart})}, with its data table beside it. No chart library is
 * sent to the browser (issue 19: ECharts alone was 1 MB and its inline styles broke the
 * Content-Security-Policy). Every text is already in the reader's language; numbers and dates are
 * formatted by the include for the page's locale.
 */
public sealed interface Chart {

    /** The chart's name: its caption, the accessible name of the drawing and of its table. */
    String title();

    /**
     * Bars, one per category, laid horizontally with each label above its bar (labels are wrapped,
     * never cut) or, when {@code vertical}, standing on short labels such as years.
     */
    record Bars(String title, String categoryHeader, String valueHeader, List<Bar> bars, boolean vertical)
            implements Chart {
        public Bars {
            bars = List.copyOf(bars);
        }
    }

    record Bar(String label, double value) {
    }

    /** Horizontal bars split into parts, one part per series (a legend names the series). */
    record StackedBars(String title, String categoryHeader, List<String> series, List<Stack> stacks)
            implements Chart {
        public StackedBars {
            series = List.copyOf(series);
            stacks = List.copyOf(stacks);
        }
    }

    /** One stack: its label and one value per series, in the order of {@link StackedBars#series()}. */
    record Stack(String label, List<Double> values) {
        public Stack {
            values = List.copyOf(values);
        }
    }

    /** A value over time, with dashed reference lines (a baseline, a target). */
    record Line(String title, String dateHeader, String valueHeader, List<Point> points, List<Reference> references)
            implements Chart {
        public Line {
            points = List.copyOf(points);
            references = List.copyOf(references);
        }
    }

    record Point(LocalDate date, BigDecimal value) {
    }

    record Reference(String label, BigDecimal value) {
    }

    /** Periods on a time line, one row per {@code row} (e.g. insurance periods by country). */
    record Spans(String title, String rowHeader, String kindHeader, String fromHeader, String toHeader,
                 List<Span> spans) implements Chart {
        public Spans {
            spans = List.copyOf(spans);
        }
    }

    /** {@code to} is the last day inside the period. */
    record Span(String row, String kind, LocalDate from, LocalDate to) {
    }
}
