package org.pacto.portability.calculation;

/**
 * Something the reader must know about a result. Stable codes: "gap", "overlap-resolved",
 * "period-truncated", "national-rule-missing", "defined-contribution", "no-agreement",
 * "agreement-not-in-force", "reference-earnings-missing", "pension-age-not-reached".
 */
public record Warning(String code, String message) {}
