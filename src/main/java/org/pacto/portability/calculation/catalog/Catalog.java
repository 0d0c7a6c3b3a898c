package org.pacto.portability.calculation.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pacto.portability.calculation.catalog.national.NationalSchemes;

/** Agreements and national schemes the engine calculates with. */
public record Catalog(List<Agreement> agreements, Map<String, NationalScheme> schemes) {

  public Catalog {
    agreements = List.copyOf(agreements);
    schemes = Map.copyOf(schemes);
  }

  public static Catalog of(List<Agreement> agreements, List<NationalScheme> schemes) {
    Map<String, NationalScheme> byCountry = new LinkedHashMap<>();
    for (NationalScheme scheme : schemes) {
      byCountry.put(scheme.country(), scheme);
    }
    return new Catalog(agreements, byCountry);
  }

  /** The built-in reference catalog. */
  public static Catalog standard() {
    return of(StandardAgreements.all(), NationalSchemes.all());
  }

  public Optional<NationalScheme> scheme(String country) {
    return Optional.ofNullable(schemes.get(country));
  }
}
