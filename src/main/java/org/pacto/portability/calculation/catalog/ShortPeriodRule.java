package org.pacto.portability.calculation.catalog;

/**
 * A state with fewer than {@code minimumDays} of periods, and no entitlement on them alone, need
 * not pay; the other states still count those periods.
 *
 * @param lastStatePaysAllIfAllReleased if every state would be released, the last one pays as if
 *     all periods were its own (Reg. 883/2004 art. 57(3))
 */
public record ShortPeriodRule(int minimumDays, boolean lastStatePaysAllIfAllReleased, String source) {}
