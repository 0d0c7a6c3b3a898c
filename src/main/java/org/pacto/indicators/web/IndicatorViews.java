package org.pacto.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.indicators.Indicator;
import org.pacto.indicators.domain.Observation;

/** Read models of the indicator and observatory pages: observations grouped into series, each with its chart. */
final class IndicatorViews {

    private IndicatorViews() {
    }

    /**
     * One series: observations sharing indicator, area and breakdown, in period order. {@code synthetic} is true when
     * any figure in it is synthetic.
     */
    record Series(String indicator, String area, String areaName, String breakdown, String unit,
                  List<Observation> observations, Bars chart, boolean synthetic, String source,
                  String dataset) {
    }

    static List<Series> series(List<Observation> observations) {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            groups.computeIfAbsent(o.indicator() + "|" + o.areaCode() + "|"
                    + OpenObservations.breakdown(o.breakdown()), k -> new ArrayList<>()).add(o);
        }
        var series = new ArrayList<Series>();
        groups.values().forEach(list -> {
            var sorted = list.stream().sorted(java.util.Comparator.comparing(Observation::period)).toList();
            Observation first = sorted.getFirst();
            series.add(new Series(first.indicator(), first.areaCode(), first.areaName(),
                    OpenObservations.breakdown(first.breakdown()), first.unit(), sorted,
                    Bars.of(sorted.stream().map(Observation::period).toList(),
                            sorted.stream().map(Observation::value).toList()),
                    sorted.stream().anyMatch(Observation::synthetic), first.source(),
                    first.dataset() == null ? "" : first.dataset() + " v" + first.datasetVersion()));
        });
        return series;
    }

    /**
     * Series of one indicator that differ only by one breakdown value in the same period (e.g. areas) drawn together:
     * the latest period's values of every series with a breakdown, as one chart.
     */
    static Bars latestByBreakdown(List<Series> series) {
        var labels = new ArrayList<String>();
        var values = new ArrayList<BigDecimal>();
        for (Series s : series) {
            if (!s.breakdown().isEmpty()) {
                labels.add(s.breakdown().substring(s.breakdown().indexOf('=') + 1));
                values.add(s.observations().getLast().value());
            }
        }
        return Bars.of(labels, values);
    }

    static List<Indicator> linkedTo(int objective) {
        return Indicator.CATALOGUE.stream().filter(i -> i.objectives().contains(objective)).toList();
    }
}
