/**
 * Pure calculation core of the indicators module: {@link org.pacto.indicators.calculation.RemittanceCosts}
 * (SDG 10.c.1), {@link org.pacto.indicators.calculation.RecruitmentCosts} (10.7.1),
 * {@link org.pacto.indicators.calculation.RemittanceShares} (17.3.2) and
 * {@link org.pacto.indicators.calculation.DisclosureControl} (tables by migratory status). No framework types.
 */
@NullMarked
package org.pacto.indicators.calculation;

import org.jspecify.annotations.NullMarked;
