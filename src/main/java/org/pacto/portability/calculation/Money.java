package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Amount arithmetic: intermediate results at high precision, published amounts HALF_UP to cents. */
final class Money {

  static final MathContext PRECISION = MathContext.DECIMAL64;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  static BigDecimal percentOf(BigDecimal percent, BigDecimal base) {
    return base.multiply(percent, PRECISION).divide(HUNDRED, PRECISION);
  }

  static BigDecimal fraction(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), PRECISION);
  }
}
