/**
 * One small class per country with its versioned old-age parameters. A parameter that could not
 * be sourced with confidence is left out and listed as missing, never guessed.
 */
@NullMarked
package org.pacto.portability.calculation.catalog.national;

import org.jspecify.annotations.NullMarked;
