package org.pacto.indicators.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.LocalizedText;

/** An observatory as pages and the API read it; {@code synthetic} marks demo content that is invented. */
public record Observatory(UUID id, String slug, UUID organisation, LocalizedText name, LocalizedText description,
                          String areaCode, String areaName, @Nullable BigDecimal latitude,
                          @Nullable BigDecimal longitude, boolean synthetic) {
}
