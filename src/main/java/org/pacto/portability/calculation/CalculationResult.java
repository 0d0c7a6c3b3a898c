package org.pacto.portability.calculation;

import java.util.List;
import java.util.Optional;
import org.pacto.portability.calculation.catalog.ProtectionOption;

/**
 * Output of a portability calculation: the agreements found, one result per country and, where no
 * agreement links two countries of the career, what the person can still do.
 */
public record CalculationResult(List<AgreementFound> agreements, List<CountryResult> results,
    List<ProtectionOption> options) {

  public CalculationResult {
    agreements = List.copyOf(agreements);
    results = List.copyOf(results);
    options = List.copyOf(options);
  }

  public CalculationResult(List<AgreementFound> agreements, List<CountryResult> results) {
    this(agreements, results, List.of());
  }

  public Optional<CountryResult> result(String country) {
    return results.stream().filter(r -> r.country().equals(country)).findFirst();
  }
}
