package org.pacto.pledges.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.pacto.platform.Chart;
import org.pacto.pledges.domain.PledgeView;

/**
 * The dashboard's charts (pledges by facet) and a pledge's target charts, as {@link Chart}s drawn on
 * the server by {@code fragments/chart}: the page shows them with its text, no chart library loads.
 */
final class PledgeCharts {

    static final List<String> FACETS = List.of("objective", "principle", "kind", "nature", "status", "region",
            "year", "fulfilment");

    private PledgeCharts() {
    }

    /**
     * One bar chart per facet; years stand as vertical bars, every other facet lies horizontally with its
     * labels wrapped. Regions without a name (values outside the reference list) are left out, as before.
     */
    static List<Chart> dashboard(Map<String, Map<String, Long>> facets, Map<String, Map<String, String>> labels,
                                 BiFunction<String, Object[], String> message) {
        var charts = new ArrayList<Chart>();
        for (String facet : FACETS) {
            var names = labels.getOrDefault(facet, Map.of());
            var bars = facets.getOrDefault(facet, Map.of()).entrySet().stream()
                    .filter(e -> !facet.equals("region") || names.containsKey(e.getKey()))
                    .map(e -> new Chart.Bar(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                    .toList();
            charts.add(new Chart.Bars(message.apply("pledges.chart." + facet, new Object[0]),
                    message.apply("pledges.chart.value", new Object[0]), message.apply("pledges.count", new Object[0]),
                    bars, facet.equals("year")));
        }
        return charts;
    }

    /** A target's reported values over time, with its baseline and its target as dashed lines. */
    static List<Chart> targets(List<PledgeView.TargetView> targets, BiFunction<String, Object[], String> message) {
        return targets.stream().<Chart>map(t -> new Chart.Line(
                message.apply("pledge.target.chart", new Object[] {t.name()}),
                message.apply("pledge.report.date", new Object[0]), t.name() + " (" + t.unit() + ")",
                t.series().stream().map(p -> new Chart.Point(p.date(), p.value())).toList(),
                List.of(new Chart.Reference(message.apply("pledge.target.baseline", new Object[0]), t.baseline()),
                        new Chart.Reference(message.apply("pledge.target.goal", new Object[0]), t.target()))))
                .toList();
    }
}
