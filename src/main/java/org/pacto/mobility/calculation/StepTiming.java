package org.pacto.mobility.calculation;

import org.jspecify.annotations.Nullable;

/** What the duration rule needs of one step of a procedure: its order, its days (min–max) and its cost. */
public record StepTiming(int order, int daysMin, int daysMax, @Nullable Cost cost) {
}
