/** The observer's check, national–local coherence and the self-assessment shares: plain Java, every result with its steps and sources. */
@org.jspecify.annotations.NullMarked
package org.pacto.reviews.calculation;
