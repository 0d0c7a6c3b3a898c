package org.pacto.portability.calculation.catalog;

import java.util.Locale;

/**
 * How far a state has gone with an agreement. CMISS (art. 30-31 of the Convention and its
 * Implementation Agreement) is applied between two states only once both have ratified it and
 * signed the Implementation Agreement, so a state can be a signatory for years without the
 * Convention protecting anyone there.
 */
public enum SignatoryStatus {
  SIGNED,
  RATIFIED,
  IMPLEMENTATION_AGREEMENT_SIGNED,
  IN_FORCE;

  /** Stable code for the API and message keys: {@code signed}, {@code ratified}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
