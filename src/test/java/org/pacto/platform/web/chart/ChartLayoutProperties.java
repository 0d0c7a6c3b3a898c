package org.pacto.platform.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.pacto.platform.Chart;
import org.pacto.platform.web.chart.Drawing.Shape;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server-drawn charts' geometry (issue 19): whatever the labels and values, every bar, point,
 * period and text stays inside the view box, bars never pass their axis' room, no two texts overlap,
 * labels are wrapped (never cut), numbers are written in the page's language, and every mark has a tooltip.
 */
class ChartLayoutProperties {

    private final ChartDrawings drawings = new ChartDrawings();

    @Provide
    Arbitrary<String> labels() {
        var word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzáéñçMWÁ0123456789").ofMinLength(1)
                .ofMaxLength(30);
        return word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<List<Chart.Bar>> bars() {
        return Combinators.combine(labels(), Arbitraries.doubles().between(0, 5_000_000))
                .as(Chart.Bar::new).list().ofMinSize(0).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(Locale.of("es"), Locale.of("en"), Locale.of("fr"), Locale.of("pt"));
    }

    @Property(tries = 300)
    void horizontalBarsStayInsideAndLabelsNeverOverlap(@ForAll("bars") List<Chart.Bar> bars,
                                                       @ForAll("locales") Locale locale) {
        Drawing d = drawings.draw(new Chart.Bars("t", "c", "v", bars, false), locale);
        everythingInside(d);
        noTextOverlaps(d.labels());
        assertThat(d.marks()).hasSize(bars.size()).allSatisfy(m -> assertThat(m.tip()).isNotBlank());
        assertThat(d.rows()).hasSize(bars.size());
        double longest = d.marks().stream().mapToDouble(m -> m.shape().w()).max().orElse(0);
        // the longest bar uses its room: the scale is the data's, not an arbitrary one
        if (bars.stream().anyMatch(b -> b.value() > 0)) {
            assertThat(longest).isGreaterThan(100);
        }
    }

    @Property(tries = 300)
    void verticalBarsStandOnTheAxisAndTheirLabelsNeverTouch(@ForAll("bars") List<Chart.Bar> bars,
                                                             @ForAll("locales") Locale locale) {
        Drawing d = drawings.draw(new Chart.Bars("t", "c", "v", bars, true), locale);
        everythingInside(d);
        noTextOverlaps(d.labels());
        double axis = d.shapes().getFirst().y();
        d.marks().forEach(m -> assertThat(m.shape().y() + m.shape().h()).isCloseTo(axis, org.assertj.core.data.Offset.offset(0.11)));
    }

    @Property(tries = 200)
    void stackedBarsNeverPassTheirRoom(@ForAll("labels") String a, @ForAll("labels") String b,
                                       @ForAll("bars") List<Chart.Bar> rows, @ForAll("locales") Locale locale) {
        var stacks = rows.stream().map(r -> new Chart.Stack(r.label(), List.of(r.value(), r.value() / 3))).toList();
        Drawing d = drawings.draw(new Chart.StackedBars("t", "c", List.of(a, b), stacks), locale);
        everythingInside(d);
        noTextOverlaps(d.labels());
    }

    @Property(tries = 300)
    void lineChartsKeepPointsAndLabelsInside(@ForAll @IntRange(max = 20) int count,
                                             @ForAll @IntRange(min = -1000, max = 1_000_000) int base,
                                             @ForAll @IntRange(max = 3000) int spread,
                                             @ForAll("labels") String reference, @ForAll("locales") Locale locale) {
        var points = java.util.stream.IntStream.range(0, count).mapToObj(i -> new Chart.Point(
                LocalDate.of(2020, 1, 1).plusDays(i * 37L), BigDecimal.valueOf(base + (i * 7919L % (spread + 1)))))
                .toList();
        var references = List.of(new Chart.Reference(reference.substring(0, Math.min(20, reference.length())),
                BigDecimal.valueOf(base)), new Chart.Reference("Meta", BigDecimal.valueOf(base + spread)));
        Drawing d = drawings.draw(new Chart.Line("t", "d", "v", points, references), locale);
        everythingInside(d);
        noTextOverlaps(d.labels());
        assertThat(d.marks()).hasSize(count);
    }

    @Property(tries = 300)
    void periodsStayOnTheirTimeLine(@ForAll("labels") String country, @ForAll @IntRange(max = 60) int years,
                                    @ForAll @IntRange(min = 1, max = 12) int periods, @ForAll("locales") Locale locale) {
        var spans = java.util.stream.IntStream.range(0, periods).mapToObj(i -> new Chart.Span(
                i % 2 == 0 ? country : "Ecuador", i % 3 == 0 ? "Obligatorio" : "Voluntario",
                LocalDate.of(1960 + i * years / periods, 3, 1), LocalDate.of(1960 + i * years / periods, 3, 1)
                        .plusYears(1 + years / periods))).toList();
        Drawing d = drawings.draw(new Chart.Spans("t", "r", "k", "f", "t", spans), locale);
        everythingInside(d);
        noTextOverlaps(d.labels());
        assertThat(d.marks()).hasSize(periods);
    }

    @Property(tries = 500)
    void wrappingKeepsEveryCharacterAndEachLineFits(@ForAll("labels") String label,
                                                    @ForAll @IntRange(min = 40, max = 400) int room) {
        var lines = Text.wrap(label, room);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(label.replace(" ", ""));
        lines.forEach(l -> assertThat(Text.width(l)).isLessThanOrEqualTo(room));
    }

    @Test
    void numbersAndDatesAreWrittenInThePagesLanguage() {
        var bars = List.of(new Chart.Bar("A", 1234.5));
        assertThat(drawings.draw(new Chart.Bars("t", "c", "v", bars, false), Locale.of("es")).rows().getFirst())
                .containsExactly("A", "1.234,5");
        assertThat(drawings.draw(new Chart.Bars("t", "c", "v", bars, false), Locale.of("en")).rows().getFirst())
                .containsExactly("A", "1,234.5");
        var spans = List.of(new Chart.Span("España", "Obligatorio", LocalDate.of(2000, 1, 1), LocalDate.of(2010, 12, 31)));
        assertThat(drawings.draw(new Chart.Spans("t", "r", "k", "f", "t", spans), Locale.of("fr")).marks().getFirst().tip())
                .isEqualTo("España (Obligatorio): 1 janv. 2000 – 31 déc. 2010");
    }

    private static void everythingInside(Drawing d) {
        for (Shape s : all(d)) {
            if (s.kind().equals("polyline")) {
                continue;
            }
            double right = s.kind().equals("line") ? Math.max(s.x(), s.x2()) : s.kind().equals("circle") ? s.x() + s.w() : s.right();
            double left = s.kind().equals("circle") ? s.x() - s.w() : s.kind().equals("line") ? Math.min(s.x(), s.x2()) : s.left();
            double bottom = s.kind().equals("line") ? Math.max(s.y(), s.y2()) : s.kind().equals("circle") ? s.y() + s.w() : s.bottom();
            double top = s.kind().equals("circle") ? s.y() - s.w() : s.kind().equals("line") ? Math.min(s.y(), s.y2()) : s.top();
            assertThat(left).as("left of %s", s).isGreaterThanOrEqualTo(-0.05);
            assertThat(top).as("top of %s", s).isGreaterThanOrEqualTo(-0.05);
            assertThat(right).as("right of %s", s).isLessThanOrEqualTo(d.width() + 0.05);
            assertThat(bottom).as("bottom of %s", s).isLessThanOrEqualTo(d.height() + 0.05);
        }
    }

    private static List<Shape> all(Drawing d) {
        var all = new java.util.ArrayList<>(d.shapes());
        all.addAll(d.labels());
        d.marks().forEach(m -> all.add(m.shape()));
        return all;
    }

    private static void noTextOverlaps(List<Shape> labels) {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Shape a = labels.get(i);
                Shape b = labels.get(j);
                boolean overlap = a.left() < b.right() - 0.05 && b.left() < a.right() - 0.05
                        && a.top() < b.bottom() - 0.05 && b.top() < a.bottom() - 0.05;
                assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }
}
