package org.pacto.financing.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of a proposal's or a grant's budget. */
@Embeddable
public record BudgetLine(String label, BigDecimal amount) {
}
