/**
 * Pure calculation core of the social-security portability module (GCM objective 22).
 *
 * <p>Entry point: {@link org.pacto.portability.calculation.PortabilityCalculator}. No framework
 * types: request and result records only.
 */
@NullMarked
package org.pacto.portability.calculation;

import org.jspecify.annotations.NullMarked;
