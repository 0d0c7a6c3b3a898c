package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One remittance service priced by RPW for the send of USD 200 (or its local equivalent): the corridor as
 * {@code FROM-TO} ISO alpha-2 codes, the firm, the total cost in percent of the amount sent (fee plus exchange-rate
 * margin), whether the price is transparent, its speed in days and whether it is accessible (RPW's SmaRT criteria).
 */
public record RemittanceService(String corridor, String firm, BigDecimal totalCostPercent, boolean transparent,
                                BigDecimal speedDays, boolean accessible) {

    /** RPW's amount: USD 200 (the method also prices USD 500; SDG 10.c.1 uses 200). */
    public static final BigDecimal AMOUNT = BigDecimal.valueOf(200);

    /**
     * The total cost as RPW defines it: the fee as a share of the amount sent plus the exchange-rate margin, where
     * the margin is the difference between the interbank rate and the rate given to the customer, as a share of the
     * interbank rate. All in percent.
     *
     * @param fee fee charged to the sender, in the sending currency
     * @param amount amount sent, in the sending currency (USD 200 or its local equivalent)
     * @param interbankRate mid-market rate, receiving currency per sending currency
     * @param customerRate the rate the firm applies
     */
    public static BigDecimal totalCostPercent(BigDecimal fee, BigDecimal amount, BigDecimal interbankRate,
                                              BigDecimal customerRate) {
        BigDecimal feePart = Decimals.divide(fee, amount).multiply(Decimals.HUNDRED);
        BigDecimal margin = Decimals.divide(interbankRate.subtract(customerRate), interbankRate)
                .multiply(Decimals.HUNDRED);
        return feePart.add(margin).setScale(4, RoundingMode.HALF_UP);
    }

    /** RPW's SmaRT eligibility: transparent, delivered within five days, accessible. */
    public boolean smartEligible() {
        return transparent && accessible && speedDays.compareTo(BigDecimal.valueOf(5)) <= 0;
    }
}
