package org.pacto.indicators;

import java.util.List;

/**
 * A GCM-relevant SDG indicator: its SDG code, its custodian agencies, the GCM objectives it follows, its unit and
 * whether Pacto computes it from raw data ({@code computable}). Names and definitions are messages
 * {@code indicators.indicator.<code>.name} / {@code .measures}.
 */
public record Indicator(String code, List<String> custodians, List<Integer> objectives, String unit,
                        boolean computable) {

    public Indicator {
        custodians = List.copyOf(custodians);
        objectives = List.copyOf(objectives);
    }

    /** The catalogue: the three indicators of seed 002 first, then indicators to disaggregate by migratory status. */
    public static final List<Indicator> CATALOGUE = List.of(
            new Indicator("10.c.1", List.of("World Bank"), List.of(20), "percent", true),
            new Indicator("10.7.1", List.of("ILO", "World Bank"), List.of(6), "percent", true),
            new Indicator("17.3.2", List.of("World Bank"), List.of(19, 20), "percent", true),
            new Indicator("10.7.2", List.of("UN DESA", "IOM"), List.of(1, 23), "count", false),
            new Indicator("10.7.3", List.of("IOM"), List.of(8), "count", false),
            new Indicator("8.8.1", List.of("ILO"), List.of(6), "rate", false),
            new Indicator("8.5.2", List.of("ILO"), List.of(1, 6), "percent", false),
            new Indicator("16.9.1", List.of("UNICEF", "UN DESA"), List.of(4), "percent", false),
            new Indicator("17.18.1", List.of("UN Statistics Division", "PARIS21"), List.of(1), "index", false),
            new Indicator("pop.foreign-born", List.of("UN DESA (International Migrant Stock)"), List.of(1), "percent",
                    true));

    public static java.util.Optional<Indicator> find(String code) {
        return CATALOGUE.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
