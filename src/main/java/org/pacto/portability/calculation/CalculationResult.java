package org.pacto.portability.calculation;

import java.util.List;
import java.util.Optional;

/** Output of a portability calculation: the agreements found and one result per country. */
public record CalculationResult(List<AgreementFound> agreements, List<CountryResult> results) {

  public CalculationResult {
    agreements = List.copyOf(agreements);
    results = List.copyOf(results);
  }

  public Optional<CountryResult> result(String country) {
    return results.stream().filter(r -> r.country().equals(country)).findFirst();
  }
}
