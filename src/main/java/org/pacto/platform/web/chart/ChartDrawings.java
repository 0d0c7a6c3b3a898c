package org.pacto.platform.web.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pacto.platform.Chart;
import org.springframework.stereotype.Component;

/**
 * Lays out a {@link Chart} for the page include {@code fragments/chart :: chart(${chart})}, which
 * calls {@code @chartDrawings.draw(chart, #locale)}. Pure geometry: the same chart and language always
 * give the same drawing (tested by {@code ChartLayoutProperties}).
 */
@Component("chartDrawings")
public class ChartDrawings {

    public Drawing draw(Chart chart, Locale locale) {
        var formats = new Formats(locale);
        return switch (chart) {
            case Chart.Bars bars when bars.vertical() -> BarLayout.vertical(bars, formats);
            case Chart.Bars bars -> BarLayout.horizontal(bars, formats);
            case Chart.StackedBars stacked -> BarLayout.stacked(stacked, formats);
            case Chart.Line line -> LineLayout.draw(line, formats);
            case Chart.Spans spans -> SpanLayout.draw(spans, formats);
        };
    }

    /**
     * Bars built in a template from a page's own list, for pages whose read model has labels and values but
     * no {@link Chart}, built in a {@code th:with} (Thymeleaf refuses bean calls in an include's parameters):
     * {@code th:with="built=${@chartDrawings.bars(#messages.msg('…'), …, rows.![label], rows.![value], false)}"}
     * (issue 19: one way of drawing charts, with tooltips and the data table, without a change to the
     * module's Java code). Labels are written with {@code String.valueOf}; a missing value counts as 0.
     */
    public Chart.Bars bars(String title, String categoryHeader, String valueHeader, List<?> labels,
                           List<? extends Number> values, boolean vertical) {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.size() + " values");
        }
        List<Chart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Number value = values.get(i);
            bars.add(new Chart.Bar(String.valueOf(labels.get(i)), value == null ? 0 : value.doubleValue()));
        }
        return new Chart.Bars(title, categoryHeader, valueHeader, bars, vertical);
    }
}
