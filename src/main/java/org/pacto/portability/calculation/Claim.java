package org.pacto.portability.calculation;

import java.time.LocalDate;

/**
 * The benefit claimed.
 *
 * @param benefit branch code, e.g. "old-age"
 * @param date date of the claim (date the risk materialises)
 * @param country ISO 3166-1 alpha-2 code of the country where the claim is lodged
 */
public record Claim(String benefit, LocalDate date, String country) {}
