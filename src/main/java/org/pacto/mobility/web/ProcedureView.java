package org.pacto.mobility.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.pacto.mobility.domain.ProcedureStep;
import org.pacto.mobility.domain.RecognitionProcedure;

/**
 * What the /skills page shows of one procedure: the API's answer plus the bars of its timeline, drawn as inline
 * SVG (stage by stage: a stage starts when the longest step of the previous one may end; bar length = days max,
 * the darker part = days min). The table of steps beside it carries the same figures for screen readers.
 */
record ProcedureView(ProcedureAnswer answer, List<Bar> bars, int chartWidth, int chartHeight, String summary) {

    static final int WIDTH = 320;
    static final int ROW = 22;
    static final int LABEL = 24;

    record Bar(String label, int y, int textY, int x, int minWidth, int maxWidth) {
    }

    static ProcedureView of(ProcedureAnswer answer, RecognitionProcedure procedure, String summary) {
        var start = new TreeMap<Integer, Integer>();
        int offset = 0;
        var stageMax = new TreeMap<Integer, Integer>();
        for (ProcedureStep s : procedure.steps()) {
            stageMax.merge(s.order(), s.daysMax(), Math::max);
        }
        for (var e : stageMax.entrySet()) {
            start.put(e.getKey(), offset);
            offset += e.getValue();
        }
        double scale = offset == 0 ? 0 : (double) (WIDTH - LABEL - 4) / offset;
        var bars = new ArrayList<Bar>();
        int row = 0;
        for (ProcedureStep s : procedure.steps()) {
            int y = row * ROW + 4;
            bars.add(new Bar(String.valueOf(s.order()), y, y + 13, LABEL + (int) Math.round(start.get(s.order()) * scale),
                    Math.max(2, (int) Math.round(s.daysMin() * scale)), Math.max(2, (int) Math.round(s.daysMax() * scale))));
            row++;
        }
        return new ProcedureView(answer, bars, WIDTH, Math.max(ROW, row * ROW + 8), summary);
    }
}
