package org.pacto.platform.web.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measured without a browser: widths are estimated per character from DejaVu Sans, the widest
 * of the usual sans-serif faces (Debian's default), so an estimate is an upper bound in Arial or
 * Helvetica too and a label placed by it is never wider than its room. The stylesheet draws chart
 * text at {@link #FONT} units (pacto.css, {@code .chart-svg text}).
 */
final class Text {

    static final double FONT = 13;
    static final double LINE = 16;
    static final double ASCENT = 10;

    private Text() {
    }

    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return Math.ceil(em * FONT);
    }

    private static double advance(char c) {
        if (c == ' ') {
            return 0.32;
        }
        if ("ilj.,;:'!|·".indexOf(c) >= 0) {
            return 0.3;
        }
        if ("ftr()[]-/".indexOf(c) >= 0) {
            return 0.43;
        }
        if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '%' || c == '—') {
            return 1.0;
        }
        if (Character.isUpperCase(c)) {
            return 0.78;
        }
        if (Character.isDigit(c)) {
            return 0.64;
        }
        return 0.64;
    }

    /**
     * Lines of at most {@code room} units: words are kept whole where they fit, and a word wider
     * than the room is broken (never cut off).
     */
    static List<String> wrap(String text, double room) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= room) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest) > room && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut)) > room) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
