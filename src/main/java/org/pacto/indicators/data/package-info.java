/**
 * Microdata files behind one interface, {@link org.pacto.indicators.data.Microdata}: the only package of Pacto that
 * talks to DuckDB (files under {@code <data-dir>/indicators/}). Checked by {@code IndicatorsArchitectureTest}.
 */
@NullMarked
package org.pacto.indicators.data;

import org.jspecify.annotations.NullMarked;
