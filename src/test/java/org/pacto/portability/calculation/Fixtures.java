package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.RuleQuery;

/** Shared test data. */
final class Fixtures {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final PortabilityCalculator CALCULATOR =
      new PortabilityCalculator(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static InsurancePeriod compulsory(String country, String from, String to) {
    return new InsurancePeriod(country, d(from), d(to), PeriodKind.COMPULSORY);
  }

  static InsurancePeriod period(String country, String from, String to, PeriodKind kind) {
    return new InsurancePeriod(country, d(from), d(to), kind);
  }

  /** A period of exactly {@code days} calendar days starting on {@code from}. */
  static InsurancePeriod days(String country, LocalDate from, long days) {
    return new InsurancePeriod(country, from, from.plusDays(days - 1), PeriodKind.COMPULSORY);
  }

  static ReferenceEarnings eur(String amount) {
    return new ReferenceEarnings(new BigDecimal(amount), "EUR");
  }

  static CalculationRequest oldAge(Person person, String claimCountry, String claimDate, List<InsurancePeriod> periods,
      Map<String, ReferenceEarnings> earnings) {
    return new CalculationRequest(person, new Claim("old-age", d(claimDate), claimCountry), periods, earnings);
  }

  static Person man(String birth) {
    return new Person(d(birth), Sex.MALE);
  }

  static Person woman(String birth) {
    return new Person(d(birth), Sex.FEMALE);
  }

  /** A national scheme returning one fixed rule. */
  record FixedScheme(String country, String currency, NationalRule rule) implements NationalScheme {
    @Override
    public NationalRule ruleFor(RuleQuery query) {
      return rule;
    }
  }
}
