package org.pacto.portability.calculation;

/** One step of the calculation, with the article or source it applies. */
public record Step(String text, String source) {}
