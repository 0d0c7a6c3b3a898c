/** domain of the indicators module. */
@NullMarked
package org.pacto.indicators.domain;

import org.jspecify.annotations.NullMarked;
