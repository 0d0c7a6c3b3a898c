package org.pacto.indicators.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A simple bar chart drawn as inline SVG by the template (no script: the CSP forbids inline script and style; the
 * shared chart fragment of issue 19 replaces this at merge). Each bar carries its position in a 100-high viewBox.
 */
record Bars(List<Bar> bars, int width, int height) {

    static final int BAR = 40;
    static final int GAP = 12;
    static final int HEIGHT = 120;

    record Bar(String label, String value, int x, int y, int width, int height, int labelX) {
    }

    static Bars of(List<String> labels, List<BigDecimal> values) {
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (max.signum() <= 0) {
            max = BigDecimal.ONE;
        }
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < values.size(); i++) {
            int h = values.get(i).multiply(BigDecimal.valueOf(HEIGHT - 20)).divide(max, 0, RoundingMode.HALF_UP)
                    .intValue();
            int x = GAP + i * (BAR + GAP);
            bars.add(new Bar(labels.get(i), values.get(i).stripTrailingZeros().toPlainString(), x, HEIGHT - h, BAR,
                    Math.max(h, 1), x + BAR / 2));
        }
        return new Bars(bars, GAP + values.size() * (BAR + GAP), HEIGHT + 30);
    }

    /**
     * The same bars for the shared include {@code fragments/chart :: chart} (issue 19: tooltips, wrapped labels
     * and the data table come with it), with the texts in the reader's language given by the template.
     */
    public org.pacto.platform.Chart.Bars chart(String title, String categoryHeader, String valueHeader) {
        return new org.pacto.platform.Chart.Bars(title, categoryHeader, valueHeader, bars.stream()
                .map(b -> new org.pacto.platform.Chart.Bar(b.label(), Double.parseDouble(b.value()))).toList(), true);
    }
}
