package org.pacto.financing.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One row of a results framework: the outcome sought, the indicator that shows it, its baseline and target. */
@Embeddable
public record ResultIndicator(String outcome, String indicator, BigDecimal baseline, BigDecimal target) {
}
