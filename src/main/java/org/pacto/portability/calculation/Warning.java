package org.pacto.portability.calculation;

import java.util.List;

/**
 * Something the reader must know about a result, language-neutral: a stable code and the
 * arguments of its detail (same argument types as {@link Step}). Codes: "gap", "overlap-resolved",
 * "period-truncated", "national-rule-missing", "defined-contribution", "no-agreement",
 * "agreement-not-in-force", "reference-earnings-missing", "pension-age-not-reached".
 */
public record Warning(String code, List<Object> arguments) {

  public Warning {
    arguments = List.copyOf(arguments);
  }

  public static Warning of(String code, Object... arguments) {
    return new Warning(code, List.of(arguments));
  }
}
