package org.pacto.platform.web.chart;

import java.util.List;

/**
 * A chart laid out in SVG user units: a {@code width} × {@code height} view box, plain shapes (axes,
 * grid, labels; drawn in order) and marks (one shape each, with the tooltip the browser shows from
 * its {@code <title>}, no script needed), and the rows of the data table shown beside it.
 */
public record Drawing(int width, int height, List<Shape> shapes, List<Mark> marks, List<Shape> labels,
                      List<String> headers, List<List<String>> rows) {

    public Drawing {
        shapes = List.copyOf(shapes);
        marks = List.copyOf(marks);
        labels = List.copyOf(labels);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** A bar, a point or a period, with its tooltip. */
    public record Mark(String tip, Shape shape) {
    }

    /**
     * One SVG element: {@code rect} (x, y, w, h), {@code line} (x, y to x2, y2), {@code circle}
     * (centre x, y, radius w), {@code polyline} (points), {@code text} (x, y baseline, anchor).
     */
    public record Shape(String kind, String css, double x, double y, double x2, double y2, double w, double h,
                        String text, String anchor, String points) {

        static Shape rect(String css, double x, double y, double w, double h) {
            return new Shape("rect", css, r(x), r(y), 0, 0, r(w), r(h), "", "", "");
        }

        static Shape line(String css, double x, double y, double x2, double y2) {
            return new Shape("line", css, r(x), r(y), r(x2), r(y2), 0, 0, "", "", "");
        }

        static Shape circle(String css, double x, double y, double radius) {
            return new Shape("circle", css, r(x), r(y), 0, 0, r(radius), 0, "", "", "");
        }

        static Shape polyline(String css, String points) {
            return new Shape("polyline", css, 0, 0, 0, 0, 0, 0, "", "", points);
        }

        /** {@code anchor}: start, middle or end; {@code y} is the baseline. */
        static Shape text(String css, double x, double y, String text, String anchor) {
            return new Shape("text", css, r(x), r(y), 0, 0, Text.width(text), Text.FONT, text, anchor, "");
        }

        /** The box a text occupies (estimated), for the layout's overlap rules. */
        public double left() {
            return switch (anchor) {
                case "middle" -> x - w / 2;
                case "end" -> x - w;
                default -> x;
            };
        }

        public double right() {
            return kind.equals("text") ? left() + w : x + w;
        }

        public double top() {
            return kind.equals("text") ? y - Text.ASCENT : y;
        }

        public double bottom() {
            return kind.equals("text") ? y + Text.FONT - Text.ASCENT : y + h;
        }

        static double r(double v) {
            return Math.round(v * 10) / 10.0;
        }
    }
}
