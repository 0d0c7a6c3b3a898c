package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.man;
import static org.pacto.portability.calculation.Fixtures.oldAge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestValidationTest {

  private static List<FieldError> errors(CalculationRequest request) {
    return catchThrowableOfType(CalculationInputException.class, () -> CALCULATOR.calculate(request)).errors();
  }

  @Test
  void periodEndingBeforeItStartsIsReportedWithItsPath() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("ES", "2000-01-01", "2010-12-31"),
        compulsory("EC", "1990-01-01", "1999-12-31"),
        compulsory("ES", "2012-01-01", "2011-12-31")), Map.of());
    assertThat(errors(request)).containsExactly(new FieldError("periods[2].to", "period-ends-before-start",
        "period ends (2011-12-31) before it starts (2012-01-01)"));
  }

  @Test
  void unknownCountriesAreReported() {
    var request = oldAge(man("1958-01-01"), "XX", "2026-03-01", List.of(compulsory("ZZ", "2000-01-01", "2010-12-31")),
        Map.of("QQ", new ReferenceEarnings(BigDecimal.TEN, "EUR")));
    assertThat(errors(request)).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("claim.country", "unknown-country"),
        org.assertj.core.groups.Tuple.tuple("periods[0].country", "unknown-country"),
        org.assertj.core.groups.Tuple.tuple("referenceEarnings.QQ", "unknown-country"));
  }

  @Test
  void futureClaimDateIsRejected() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-06-02", List.of(compulsory("ES", "2000-01-01", "2010-12-31")), Map.of());
    assertThat(errors(request)).extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("claim.date", "future-claim-date"));
  }

  @Test
  void periodStartingAfterClaimDateIsRejected() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(
        compulsory("ES", "2000-01-01", "2010-12-31"), compulsory("ES", "2026-04-01", "2026-05-01")), Map.of());
    assertThat(errors(request)).extracting(FieldError::field, FieldError::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("periods[1].from", "period-after-claim-date"));
  }

  @Test
  void missingFieldsUnknownBenefitAndBadCurrencyAreAllReportedAtOnce() {
    var request = new CalculationRequest(new Person(null, null), new Claim("pension", null, "ES"),
        List.of(new InsurancePeriod("ES", null, null, null)),
        Map.of("ES", new ReferenceEarnings(new BigDecimal("-1"), "EURO")));
    assertThat(errors(request)).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("person.birthDate", "required"),
        org.assertj.core.groups.Tuple.tuple("person.sex", "required"),
        org.assertj.core.groups.Tuple.tuple("claim.benefit", "unknown-benefit"),
        org.assertj.core.groups.Tuple.tuple("claim.date", "required"),
        org.assertj.core.groups.Tuple.tuple("periods[0].kind", "required"),
        org.assertj.core.groups.Tuple.tuple("periods[0].from", "required"),
        org.assertj.core.groups.Tuple.tuple("periods[0].to", "required"),
        org.assertj.core.groups.Tuple.tuple("referenceEarnings.ES.referenceWage", "negative-amount"),
        org.assertj.core.groups.Tuple.tuple("referenceEarnings.ES.currency", "unknown-currency"));
  }

  @Test
  void emptyPeriodsAreRejected() {
    var request = oldAge(man("1958-01-01"), "ES", "2026-03-01", List.of(), Map.of());
    assertThat(errors(request)).extracting(FieldError::code).containsExactly("required");
  }

  @Test
  void aContingencyAfterTheClaimAndAnUnknownRelationshipAreNamed() {
    var request = new CalculationRequest(Fixtures.man("1970-01-01"),
        new Claim("survivors", Fixtures.d("2025-01-01"), "ES", Fixtures.d("2025-02-01"), "cousin"),
        java.util.List.of(Fixtures.compulsory("ES", "2000-01-01", "2010-12-31")), java.util.Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.CALCULATOR.calculate(request))
        .isInstanceOfSatisfying(CalculationInputException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("claim.contingencyDate", "contingency-after-claim-date"),
                org.assertj.core.groups.Tuple.tuple("claim.relationship", "unknown-relationship")));
  }
}
