package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.d;
import static org.pacto.portability.calculation.Fixtures.period;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlap resolution of Regulation (EC) 987/2009 art. 12 and day counting. */
class InsuranceLedgerTest {

  @Test
  void countsCalendarDaysInclusive() {
    InsuranceLedger ledger = InsuranceLedger.of(List.of(compulsory("ES", "2020-01-01", "2020-12-31")));
    assertThat(ledger.days("ES")).isEqualTo(366);
    assertThat(ledger.totalDays()).isEqualTo(366);
    assertThat(ledger.overlaps()).isEmpty();
  }

  @Test
  void compulsoryPrevailsOverVoluntary() {
    InsuranceLedger ledger = InsuranceLedger.of(List.of(
        period("FR", "2020-01-01", "2020-01-31", PeriodKind.VOLUNTARY),
        period("ES", "2020-01-11", "2020-01-20", PeriodKind.COMPULSORY)));
    assertThat(ledger.days("ES")).isEqualTo(10);
    assertThat(ledger.days("FR")).isEqualTo(21);
    assertThat(ledger.totalDays()).isEqualTo(31);
    assertThat(ledger.overlaps()).singleElement().satisfies(o -> {
      assertThat(o.winner().country()).isEqualTo("ES");
      assertThat(o.loser().country()).isEqualTo("FR");
      assertThat(o.days()).isEqualTo(10);
    });
  }

  @Test
  void realPeriodPrevailsOverCredited() {
    InsuranceLedger ledger = InsuranceLedger.of(List.of(
        period("PT", "2021-01-01", "2021-12-31", PeriodKind.CREDITED),
        period("ES", "2021-07-01", "2022-06-30", PeriodKind.VOLUNTARY)));
    assertThat(ledger.days("PT")).isEqualTo(181);
    assertThat(ledger.days("ES")).isEqualTo(365);
  }

  @Test
  void samePeriodTwiceCountsOnce() {
    InsuranceLedger ledger = InsuranceLedger.of(List.of(
        compulsory("ES", "2000-01-01", "2000-12-31"), compulsory("ES", "2000-06-01", "2001-05-31")));
    assertThat(ledger.days("ES")).isEqualTo(366 + 151);
  }

  @Test
  void equalKindsKeepTheEarlierStartedPeriod() {
    InsuranceLedger ledger = InsuranceLedger.of(List.of(
        compulsory("DE", "2010-03-01", "2010-03-31"), compulsory("FR", "2010-01-01", "2010-03-15")));
    assertThat(ledger.days("FR")).isEqualTo(31 + 28 + 15);
    assertThat(ledger.days("DE")).isEqualTo(16);
  }

  @Test
  void reportsGapsBetweenPeriods() {
    InsuranceLedger ledger = InsuranceLedger.of(List.of(
        compulsory("ES", "2000-01-01", "2000-01-10"), compulsory("EC", "2000-02-01", "2000-02-10")));
    assertThat(ledger.gaps()).singleElement().satisfies(g -> {
      assertThat(g.from()).isEqualTo(d("2000-01-11"));
      assertThat(g.to()).isEqualTo(d("2000-01-31"));
      assertThat(g.days()).isEqualTo(21);
    });
  }
}
