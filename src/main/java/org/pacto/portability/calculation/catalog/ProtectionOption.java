package org.pacto.portability.calculation.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something a person can still do where no agreement links two countries of their career,
 * language-neutral: the web renders {@code portability.option.<code>} (what it is, with the
 * arguments) and {@code portability.option.<code>.conditions}.
 *
 * @param kind {@code voluntary-affiliation-abroad}, {@code welfare-fund}, {@code consular-registration} or
 *     {@code agreement-not-in-force}
 * @param country the state whose institution runs it; {@code null} for advice that applies to any state
 * @param arguments same argument types as {@code calculation.Step}
 * @param source the legal source (original language)
 */
public record ProtectionOption(String kind, String code, @Nullable String country, List<Object> arguments,
    String source) {

  public static final String VOLUNTARY = "voluntary-affiliation-abroad";
  public static final String WELFARE_FUND = "welfare-fund";
  public static final String CONSULAR = "consular-registration";
  public static final String NOT_IN_FORCE = "agreement-not-in-force";

  public ProtectionOption {
    arguments = List.copyOf(arguments);
  }
}
