/** The registration card's proof rule: plain Java, every result with its steps and sources. */
@org.jspecify.annotations.NullMarked
package org.pacto.services.calculation;
