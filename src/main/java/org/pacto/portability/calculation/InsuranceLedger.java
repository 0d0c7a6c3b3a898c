package org.pacto.portability.calculation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Insurance periods normalised so that each calendar day counts once: where periods overlap, the one
 * retained follows Regulation (EC) 987/2009 art. 12 (compulsory over voluntary, real over credited);
 * between periods of the same kind the one that started first is retained.
 */
final class InsuranceLedger {

  static final String OVERLAP_SOURCE = "Regulation (EC) 987/2009 art. 12";

  /** Days of {@code loser} not counted because {@code winner} covers them. */
  record Overlap(InsurancePeriod winner, InsurancePeriod loser, long days) {}

  /** Uncovered days between the first and the last period. */
  record Gap(LocalDate from, LocalDate to) {
    long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }
  }

  private final Map<String, Long> daysByCountry;
  private final long totalDays;
  private final List<Overlap> overlaps;
  private final List<Gap> gaps;

  private InsuranceLedger(Map<String, Long> daysByCountry, long totalDays, List<Overlap> overlaps, List<Gap> gaps) {
    this.daysByCountry = daysByCountry;
    this.totalDays = totalDays;
    this.overlaps = overlaps;
    this.gaps = gaps;
  }

  static InsuranceLedger of(List<InsurancePeriod> periods) {
    InsuranceLedger disjoint = ofDisjoint(periods);
    return disjoint != null ? disjoint : bySegments(periods);
  }

  /**
   * Most careers have no overlapping periods: then every day counts for its own period and the gaps lie
   * between consecutive periods, with no need to cut the career into segments (the batch computes millions
   * of ledgers). {@code null} when two periods share a day.
   */
  static @Nullable InsuranceLedger ofDisjoint(List<InsurancePeriod> periods) {
    InsurancePeriod[] sorted = periods.toArray(new InsurancePeriod[0]);
    if (sorted.length > 1) {
      Arrays.sort(sorted, Comparator.comparing(InsurancePeriod::from));
    }
    Map<String, Long> days = new LinkedHashMap<>();
    List<Gap> gaps = new ArrayList<>(0);
    long total = 0;
    InsurancePeriod previous = null;
    for (InsurancePeriod p : sorted) {
      if (previous != null) {
        if (!p.from().isAfter(previous.to())) {
          return null;
        }
        LocalDate afterPrevious = previous.to().plusDays(1);
        if (p.from().isAfter(afterPrevious)) {
          gaps.add(new Gap(afterPrevious, p.from().minusDays(1)));
        }
      }
      long length = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
      days.merge(p.country(), length, Long::sum);
      total += length;
      previous = p;
    }
    return new InsuranceLedger(days, total, List.of(), gaps);
  }

  /** The general case: the career cut at every period's bounds, each segment given to one period. */
  static InsuranceLedger bySegments(List<InsurancePeriod> periods) {
    TreeSet<LocalDate> bounds = new TreeSet<>();
    for (InsurancePeriod p : periods) {
      bounds.add(p.from());
      bounds.add(p.to().plusDays(1));
    }
    Comparator<InsurancePeriod> precedence = Comparator
        .comparing(InsurancePeriod::kind)
        .thenComparing(InsurancePeriod::from)
        .thenComparing(periods::indexOf);
    Map<String, Long> days = new LinkedHashMap<>();
    Map<List<InsurancePeriod>, Long> overlapDays = new LinkedHashMap<>();
    List<Gap> gaps = new ArrayList<>();
    long total = 0;
    LocalDate previous = null;
    for (LocalDate start : bounds) {
      if (previous != null) {
        LocalDate segmentStart = previous;
        LocalDate segmentEnd = start; // exclusive
        long length = ChronoUnit.DAYS.between(segmentStart, segmentEnd);
        LocalDate lastDay = segmentEnd.minusDays(1);
        List<InsurancePeriod> covering = new ArrayList<>(2);
        for (InsurancePeriod p : periods) {
          if (!p.from().isAfter(segmentStart) && !p.to().isBefore(lastDay)) {
            covering.add(p);
          }
        }
        if (covering.size() > 1) {
          covering.sort(precedence);
        }
        if (covering.isEmpty()) {
          gaps.add(new Gap(segmentStart, lastDay));
        } else {
          InsurancePeriod winner = covering.getFirst();
          days.merge(winner.country(), length, Long::sum);
          total += length;
          for (InsurancePeriod loser : covering.subList(1, covering.size())) {
            overlapDays.merge(List.of(winner, loser), length, Long::sum);
          }
        }
      }
      previous = start;
    }
    List<Overlap> overlaps = new ArrayList<>();
    overlapDays.forEach((pair, d) -> overlaps.add(new Overlap(pair.get(0), pair.get(1), d)));
    return new InsuranceLedger(days, total, overlaps, gaps);
  }

  long days(String country) {
    return daysByCountry.getOrDefault(country, 0L);
  }

  long totalDays() {
    return totalDays;
  }

  List<Overlap> overlaps() {
    return overlaps;
  }

  List<Gap> gaps() {
    return gaps;
  }
}
