package org.pacto.indicators.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.pacto.platform.CsvLine;
import org.springframework.stereotype.Component;

/**
 * The World Bank's own published 10.c.1 corridor averages (RPW series ATCR.CORR) for corridors to and from Latin
 * America and the Caribbean, 2011–2020, shipped in {@code indicators/reference/} with source and licence (CC BY 4.0;
 * see the README there). Real figures: shown beside Pacto's computation, never mixed with it.
 */
@Component
public class PublishedCorridorCosts {

    static final String FILE = "indicators/reference/rpw-corridor-averages-lac.csv";
    public static final String SOURCE = "World Bank, Remittance Prices Worldwide (Corridors), ATCR.CORR, "
            + "DataBank 2020-12-07";
    public static final String LICENCE = "CC BY 4.0";

    /** One published corridor average. */
    public record Published(String corridor, String period, BigDecimal averageTotalCostPercent) {
    }

    private final Map<String, NavigableMap<String, BigDecimal>> byCorridor = new HashMap<>();

    PublishedCorridorCosts() throws IOException {
        try (InputStream in = PublishedCorridorCosts.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                return;
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> f = CsvLine.fields(line);
                byCorridor.computeIfAbsent(f.get(0) + "-" + f.get(1), k -> new TreeMap<>())
                        .put(f.get(2), new BigDecimal(f.get(3)));
            }
        }
    }

    /** The published average of a corridor for a period, or else its latest one before it (or at all). */
    public Optional<Published> nearest(String corridor, String period) {
        var series = byCorridor.get(corridor);
        if (series == null) {
            return Optional.empty();
        }
        var entry = Optional.ofNullable(series.floorEntry(period)).orElse(series.lastEntry());
        return Optional.of(new Published(corridor, entry.getKey(), entry.getValue()));
    }

    /** A corridor's whole published series, oldest first. */
    public List<Published> series(String corridor) {
        return byCorridor.getOrDefault(corridor, new TreeMap<>()).entrySet().stream()
                .map(e -> new Published(corridor, e.getKey(), e.getValue())).toList();
    }
}
