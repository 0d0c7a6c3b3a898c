package org.pacto.platform.web.chart;

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
}
