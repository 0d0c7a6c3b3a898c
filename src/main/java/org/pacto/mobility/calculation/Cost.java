package org.pacto.mobility.calculation;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency (checked by the caller: the core only adds amounts of equal currency). */
public record Cost(BigDecimal amount, String currency) {
}
