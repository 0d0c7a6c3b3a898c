package org.pacto.indicators.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SDG 17.3.2, volume of remittances as a proportion of GDP: each country's personal remittances received divided by
 * its GDP (both current USD), in percent; an aggregate of several countries is Σ remittances ÷ Σ GDP × 100 — a
 * ratio of sums, never a mean of the countries' ratios (SDG metadata 17.3.2, aggregation).
 */
public final class RemittanceShares {

    private RemittanceShares() {
    }

    public record CountryFlows(String country, BigDecimal remittances, BigDecimal gdp) {
    }

    public record CountryShare(String country, BigDecimal value) {
    }

    public record Result(List<CountryShare> countries, @Nullable BigDecimal aggregate, List<Step> steps) {
    }

    public static Result compute(List<CountryFlows> countries) {
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < countries.size(); i++) {
            CountryFlows c = countries.get(i);
            if (c.country().isBlank()) {
                errors.add(new FieldError("countries[" + i + "].country", "required"));
            }
            if (c.remittances().signum() < 0) {
                errors.add(new FieldError("countries[" + i + "].remittances", "negative"));
            }
            if (c.gdp().signum() <= 0) {
                errors.add(new FieldError("countries[" + i + "].gdp", "not-positive"));
            }
        }
        if (!errors.isEmpty()) {
            throw new CalculationInputException(errors);
        }
        var steps = new ArrayList<Step>();
        var shares = new ArrayList<CountryShare>();
        BigDecimal remittances = BigDecimal.ZERO;
        BigDecimal gdp = BigDecimal.ZERO;
        for (CountryFlows c : countries) {
            BigDecimal value = Decimals.published(share(c.remittances(), c.gdp()));
            shares.add(new CountryShare(c.country(), value));
            steps.add(Step.of("remittance-share", Sources.REMITTANCE_SHARE, c.country(),
                    c.remittances().toPlainString(), c.gdp().toPlainString(), value));
            remittances = remittances.add(c.remittances());
            gdp = gdp.add(c.gdp());
        }
        BigDecimal aggregate = null;
        if (countries.size() > 1) {
            aggregate = Decimals.published(share(remittances, gdp));
            steps.add(Step.of("remittance-aggregate", Sources.REMITTANCE_SHARE, (long) countries.size(),
                    remittances.toPlainString(), gdp.toPlainString(), aggregate));
        } else if (countries.size() == 1) {
            aggregate = shares.getFirst().value();
        }
        return new Result(shares, aggregate, steps);
    }

    /** Unrounded share in percent, for aggregations that round once at the end. */
    public static BigDecimal share(BigDecimal remittances, BigDecimal gdp) {
        return Decimals.divide(remittances, gdp).multiply(Decimals.HUNDRED);
    }
}
