/** Demo content of the indicators module (synthetic, labelled so). */
@NullMarked
package org.pacto.indicators.demo;

import org.jspecify.annotations.NullMarked;
