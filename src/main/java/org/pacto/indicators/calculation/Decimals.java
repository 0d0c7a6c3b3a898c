package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Arithmetic of the core: 34 significant digits in between, two decimals HALF_UP in the published result. */
final class Decimals {

    static final MathContext CONTEXT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, CONTEXT);
    }

    static BigDecimal published(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
