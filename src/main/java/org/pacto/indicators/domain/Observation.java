package org.pacto.indicators.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A published figure: indicator, area (M49 or ISO code, or a locality), period, value, unit, breakdown (empty for
 * the total), the dataset and version it came from, its source, and whether it is synthetic.
 */
public record Observation(UUID id, @Nullable UUID observatory, String indicator, String areaCode, String areaName,
                          String period, BigDecimal value, String unit, Map<String, String> breakdown,
                          @Nullable UUID dataset, @Nullable Integer datasetVersion, String source, boolean synthetic,
                          Instant publishedAt) {

    public Observation {
        breakdown = Map.copyOf(breakdown);
    }
}
