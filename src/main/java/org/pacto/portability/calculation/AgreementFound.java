package org.pacto.portability.calculation;

import java.util.List;

/**
 * An agreement that links at least two of the countries where the person has periods and is in
 * force for them on the claim date for the claimed benefit.
 *
 * @param countries the person's countries it links
 */
public record AgreementFound(String id, String name, String source, List<String> countries, List<String> notes) {

  public AgreementFound {
    countries = List.copyOf(countries);
    notes = List.copyOf(notes);
  }
}
