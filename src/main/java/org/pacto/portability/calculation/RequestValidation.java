package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.Branch;

/** Checks a request before any calculation and reports every bad field at once. */
final class RequestValidation {

  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final List<FieldError> errors = new ArrayList<>();

  private RequestValidation() {}

  /** Throws {@link CalculationInputException} listing every bad field; returns normally otherwise. */
  // Input may come from deserialisation, so nulls are checked despite @NullMarked.
  static void check(CalculationRequest request, LocalDate today) {
    RequestValidation v = new RequestValidation();
    v.person(request.person());
    LocalDate claimDate = v.claim(request.claim(), today);
    v.periods(request.periods(), claimDate);
    v.earnings(request.referenceEarnings());
    if (!v.errors.isEmpty()) {
      throw new CalculationInputException(v.errors);
    }
  }

  private void person(@Nullable Person person) {
    if (person == null) {
      error("person", "required", "person is required");
      return;
    }
    required("person.birthDate", person.birthDate());
    required("person.sex", person.sex());
  }

  private @Nullable LocalDate claim(@Nullable Claim claim, LocalDate today) {
    if (claim == null) {
      error("claim", "required", "claim is required");
      return null;
    }
    if (required("claim.benefit", claim.benefit()) && Branch.fromCode(claim.benefit()).isEmpty()) {
      error("claim.benefit", "unknown-benefit", "unknown benefit '" + claim.benefit() + "'");
    }
    country("claim.country", claim.country());
    if (required("claim.date", claim.date()) && claim.date().isAfter(today)) {
      error("claim.date", "future-claim-date", "claim date " + claim.date() + " is after today (" + today + ")");
    }
    if (claim.contingencyDate() != null && claim.date() != null && claim.contingencyDate().isAfter(claim.date())) {
      error("claim.contingencyDate", "contingency-after-claim-date",
          "contingency date " + claim.contingencyDate() + " is after the claim date " + claim.date());
    }
    if (claim.relationship() != null && !Claim.RELATIONSHIPS.contains(claim.relationship())) {
      error("claim.relationship", "unknown-relationship", "unknown relationship '" + claim.relationship() + "'");
    }
    return claim.date();
  }

  private void periods(@Nullable List<InsurancePeriod> periods, @Nullable LocalDate claimDate) {
    if (periods == null || periods.isEmpty()) {
      error("periods", "required", "at least one insurance period is required");
      return;
    }
    for (int i = 0; i < periods.size(); i++) {
      String path = "periods[" + i + "]";
      InsurancePeriod p = periods.get(i);
      if (p == null) {
        error(path, "required", "period is null");
        continue;
      }
      country(path + ".country", p.country());
      required(path + ".kind", p.kind());
      boolean from = required(path + ".from", p.from());
      boolean to = required(path + ".to", p.to());
      if (from && to && p.to().isBefore(p.from())) {
        error(path + ".to", "period-ends-before-start", "period ends (" + p.to() + ") before it starts (" + p.from() + ")");
      }
      if (from && claimDate != null && p.from().isAfter(claimDate)) {
        error(path + ".from", "period-after-claim-date", "period starts after the claim date " + claimDate);
      }
    }
  }

  private void earnings(@Nullable Map<String, ReferenceEarnings> earnings) {
    if (earnings == null) {
      return;
    }
    earnings.forEach((country, e) -> {
      String path = "referenceEarnings." + country;
      country(path, country);
      if (e == null) {
        error(path, "required", "reference earnings are null");
        return;
      }
      BigDecimal wage = e.referenceWage();
      if (required(path + ".referenceWage", wage) && wage.signum() < 0) {
        error(path + ".referenceWage", "negative-amount", "reference wage must not be negative");
      }
      if (required(path + ".currency", e.currency())) {
        try {
          Currency.getInstance(e.currency());
        } catch (IllegalArgumentException ex) {
          error(path + ".currency", "unknown-currency", "unknown ISO 4217 currency '" + e.currency() + "'");
        }
      }
    });
  }

  private void country(String path, @Nullable String code) {
    if (required(path, code) && !COUNTRIES.contains(code)) {
      error(path, "unknown-country", "unknown ISO 3166-1 alpha-2 country '" + code + "'");
    }
  }

  private boolean required(String path, @Nullable Object value) {
    if (value == null) {
      error(path, "required", path + " is required");
      return false;
    }
    return true;
  }

  private void error(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
  }
}
