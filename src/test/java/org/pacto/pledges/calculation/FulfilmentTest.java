package org.pacto.pledges.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.pacto.pledges.calculation.Fulfilment.Target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FulfilmentTest {

    private static Target t(double baseline, double target, Double latest, Double weight) {
        return new Target("t", BigDecimal.valueOf(baseline), BigDecimal.valueOf(target),
                latest == null ? null : BigDecimal.valueOf(latest), weight == null ? null : BigDecimal.valueOf(weight));
    }

    /**
     * Issue 16, item 1: the plain form of 1e-999999999 has a billion digits, and subtracting it from
     * 1e999999999 overflows: such values are refused at once, and the steps never print long plain forms.
     */
    @Test
    void extremeScalesAreRefusedAndLongValuesExplainedBriefly() {
        var tiny = new BigDecimal("1e-999999999");
        var huge = new BigDecimal("1e999999999");
        assertThatThrownBy(() -> new Target("t", tiny, BigDecimal.TEN, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Target("t", BigDecimal.ZERO, BigDecimal.TEN, huge, null))
                .isInstanceOf(IllegalArgumentException.class);
        var result = Fulfilment.of(List.of(new Target("t", new BigDecimal("1e-32"), BigDecimal.TEN,
                new BigDecimal("1e33"), null)));
        assertThat(result.percent()).isEqualTo(100.0);
        assertThat(result.steps().getFirst().explanation()).hasSizeLessThan(200).contains("1E-32").contains("1E+33");
        assertThat(Fulfilment.plain(new BigDecimal("12.5000"))).isEqualTo("12.5");
    }

    @Test
    void weightedMeanOfClampedProgress() {
        // (1-0)/(4-0)=0.25 × 0.6 + (183-150)/(200-150)=0.66 × 0.4 = 0.15 + 0.264 = 41.4 %
        var result = Fulfilment.of(List.of(t(0, 4, 1.0, 0.6), t(150, 200, 183.0, 0.4)));
        assertThat(result.percent()).isEqualTo(41.4);
        assertThat(result.steps()).hasSize(2);
        assertThat(result.steps().get(1).progress()).isCloseTo(0.66, within(1e-9));
        assertThat(result.steps().get(0).explanation()).contains("clamp((1 − 0) / (4 − 0), 0, 1)");
    }

    @Test
    void progressIsClampedBothWays() {
        assertThat(Fulfilment.of(List.of(t(10, 20, 30.0, null))).percent()).isEqualTo(100.0);
        assertThat(Fulfilment.of(List.of(t(10, 20, 5.0, null))).percent()).isEqualTo(0.0);
    }

    @Test
    void noValueCountsAsTheBaseline() {
        assertThat(Fulfilment.of(List.of(t(0, 10, null, null), t(0, 10, 10.0, null))).percent()).isEqualTo(50.0);
    }

    @Test
    void decreasingTargetsRewardLowerValues() {
        assertThat(Fulfilment.of(List.of(t(90, 30, 60.0, null))).percent()).isEqualTo(50.0);
    }

    @Test
    void baselineEqualToTargetNeverDividesByZero() {
        assertThat(Fulfilment.of(List.of(t(5, 5, null, null))).percent()).isEqualTo(0.0);
        assertThat(Fulfilment.of(List.of(t(5, 5, 4.0, null))).percent()).isEqualTo(0.0);
        assertThat(Fulfilment.of(List.of(t(5, 5, 5.0, null))).percent()).isEqualTo(100.0);
        assertThat(Fulfilment.of(List.of(t(5, 5, 5.0, null))).steps().getFirst().explanation()).contains("≥");
    }

    @Test
    void missingWeightsTakeTheMeanOfTheOthers() {
        // weights 0.5 and (missing → 0.5): plain mean
        assertThat(Fulfilment.of(List.of(t(0, 10, 10.0, 0.5), t(0, 10, 0.0, null))).percent()).isEqualTo(50.0);
        // zero weights fall back to equal weights
        assertThat(Fulfilment.of(List.of(t(0, 10, 10.0, 0.0), t(0, 10, 0.0, 0.0))).percent()).isEqualTo(50.0);
    }

    @Test
    void onlyEveryTargetReachedMakes100() {
        var almost = Fulfilment.of(List.of(t(0, 100000, 99999.0, null), t(0, 1, 1.0, null)));
        assertThat(almost.percent()).isLessThan(100.0);
        assertThat(almost.complete()).isFalse();
        assertThat(Fulfilment.of(List.of(t(0, 1, 1.0, null))).complete()).isTrue();
        assertThat(Fulfilment.of(List.of()).percent()).isEqualTo(0.0);
    }

    @Test
    void overdueOnlyWhenOpenPastDeadlineAndBelow100() {
        var deadline = LocalDate.of(2025, 12, 31);
        var after = LocalDate.of(2026, 1, 1);
        assertThat(Deadlines.overdue("in-progress", deadline, 80, after)).isTrue();
        assertThat(Deadlines.overdue("published", deadline, 80, after)).isTrue();
        assertThat(Deadlines.overdue("in-progress", deadline, 100, after)).isFalse();
        assertThat(Deadlines.overdue("in-progress", deadline, 80, deadline)).isFalse();
        assertThat(Deadlines.overdue("fulfilled", deadline, 80, after)).isFalse();
        assertThat(Deadlines.overdue("draft", deadline, 0, after)).isFalse();
    }

    @Test
    void remindersWhenStaleOrDeadlineNear() {
        var today = LocalDate.of(2026, 6, 1);
        assertThat(Deadlines.deadlineNear("in-progress", today.plusDays(30), today)).isTrue();
        assertThat(Deadlines.deadlineNear("in-progress", today.plusDays(31), today)).isFalse();
        assertThat(Deadlines.deadlineNear("in-progress", today.minusDays(1), today)).isFalse();
        assertThat(Deadlines.stale("in-progress", today.minusMonths(12), today.minusYears(3), today)).isTrue();
        assertThat(Deadlines.stale("in-progress", today.minusMonths(11), today.minusYears(3), today)).isFalse();
        assertThat(Deadlines.stale("published", null, today.minusMonths(13), today)).isTrue();
        assertThat(Deadlines.stale("withdrawn", null, today.minusMonths(13), today)).isFalse();
    }

    @Test
    void remindersAreNotRepeatedEveryDay() {
        var deadline = LocalDate.of(2026, 12, 31);
        var published = LocalDate.of(2025, 1, 10);
        assertThat(Deadlines.reminderDue("in-progress", deadline, LocalDate.of(2026, 10, 1), published,
                deadline.minusDays(30))).isEqualTo(Deadlines.Reminder.DEADLINE);
        assertThat(Deadlines.reminderDue("in-progress", deadline, LocalDate.of(2026, 10, 1), published,
                deadline.minusDays(29))).isEqualTo(Deadlines.Reminder.NONE);
        var last = LocalDate.of(2025, 3, 15);
        assertThat(Deadlines.reminderDue("in-progress", deadline, last, published, last.plusMonths(12)))
                .isEqualTo(Deadlines.Reminder.STALE);
        assertThat(Deadlines.reminderDue("in-progress", deadline, last, published, last.plusMonths(12).plusDays(1)))
                .isEqualTo(Deadlines.Reminder.NONE);
        assertThat(Deadlines.reminderDue("in-progress", deadline, last, published, last.plusMonths(12).plusDays(30)))
                .isEqualTo(Deadlines.Reminder.STALE);
        assertThat(Deadlines.reminderDue("fulfilled", deadline, last, published, deadline.minusDays(30)))
                .isEqualTo(Deadlines.Reminder.NONE);
    }

    // ---- properties ----

    @Provide
    Arbitrary<List<Target>> targets() {
        Arbitrary<Target> one = Combinators.combine(
                Arbitraries.integers().between(-1000, 1000), Arbitraries.integers().between(-1000, 1000),
                Arbitraries.integers().between(-3000, 3000).injectNull(0.2),
                Arbitraries.integers().between(0, 10).injectNull(0.3))
                .as((b, g, l, w) -> t(b, g, l == null ? null : l.doubleValue(), w == null ? null : w / 10.0));
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void resultIsAlwaysWithin0And100(@ForAll("targets") List<Target> targets) {
        var result = Fulfilment.of(targets);
        assertThat(result.percent()).isBetween(0.0, 100.0);
        assertThat(result.steps()).hasSize(targets.size());
        assertThat(result.steps()).allSatisfy(s -> assertThat(s.progress()).isBetween(0.0, 1.0));
    }

    @Property
    void monotoneInTheLatestValue(@ForAll("targets") List<Target> targets, @ForAll @IntRange(min = 0, max = 500) int more) {
        Target first = targets.getFirst();
        BigDecimal latest = first.latest() == null ? first.baseline() : first.latest();
        boolean rising = first.target().compareTo(first.baseline()) >= 0;
        BigDecimal moved = rising ? latest.add(BigDecimal.valueOf(more)) : latest.subtract(BigDecimal.valueOf(more));
        var changed = new java.util.ArrayList<>(targets);
        changed.set(0, new Target(first.name(), first.baseline(), first.target(), latest, first.weight()));
        var better = new java.util.ArrayList<>(targets);
        better.set(0, new Target(first.name(), first.baseline(), first.target(), moved, first.weight()));
        assertThat(Fulfilment.of(better).percent()).isGreaterThanOrEqualTo(Fulfilment.of(changed).percent());
    }

    @Property
    void equalWeightsGiveThePlainMean(@ForAll("targets") List<Target> targets, @ForAll @IntRange(min = 1, max = 9) int w) {
        var equal = targets.stream().map(x -> new Target(x.name(), x.baseline(), x.target(), x.latest(),
                BigDecimal.valueOf(w))).toList();
        var none = targets.stream().map(x -> new Target(x.name(), x.baseline(), x.target(), x.latest(), null)).toList();
        double mean = equal.stream().mapToDouble(x -> Fulfilment.progress(x.baseline(), x.target(), x.latest()))
                .average().orElseThrow() * 100;
        assertThat(Fulfilment.of(equal).percent()).isCloseTo(mean, within(0.11));
        assertThat(Fulfilment.of(none).percent()).isEqualTo(Fulfilment.of(equal).percent());
    }

    @Property
    void baselineEqualToTargetIsZeroOrHundred(@ForAll @IntRange(min = -100, max = 100) int level,
                                             @ForAll @IntRange(min = -100, max = 100) int latest) {
        double p = Fulfilment.of(List.of(t(level, level, (double) latest, null))).percent();
        assertThat(p).isEqualTo(latest >= level ? 100.0 : 0.0);
    }
}
