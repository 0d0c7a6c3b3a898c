package org.pacto.indicators.calculation;

/** The custodians' method documents each step cites (also listed in {@code docs/indicators.md}). */
public final class Sources {

    /** World Bank, Remittance Prices Worldwide, methodology (cost of sending USD 200; simple averages; SmaRT). */
    public static final String RPW = "World Bank, Remittance Prices Worldwide — Methodology "
            + "(remittanceprices.worldbank.org); SDG metadata 10.c.1 (unstats.un.org/sdgs/metadata)";
    /** ILO and World Bank (KNOMAD), guidelines for collecting data on recruitment costs (2019, rev. 2020). */
    public static final String ILO_WB = "ILO & World Bank, Statistics for SDG indicator 10.7.1: Guidelines for "
            + "collecting data on recruitment costs; SDG metadata 10.7.1";
    /** SDG metadata 17.3.2, World Bank (BoP personal remittances received ÷ GDP, current USD). */
    public static final String REMITTANCE_SHARE = "SDG metadata 17.3.2 (World Bank): personal remittances "
            + "received ÷ GDP, current USD (WDI BX.TRF.PWKR.CD.DT, NY.GDP.MKTP.CD)";
    /** UN Statistics Division and UNECE practice for tables from microdata: threshold rule, secondary suppression. */
    public static final String DISCLOSURE = "UN Fundamental Principles of Official Statistics (principle 6); "
            + "threshold rule with complementary suppression (Hundepool et al., Statistical Disclosure Control, "
            + "Wiley 2012, ch. 4)";

    private Sources() {
    }
}
