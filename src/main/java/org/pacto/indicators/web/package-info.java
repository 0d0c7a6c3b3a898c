/** web of the indicators module. */
@NullMarked
package org.pacto.indicators.web;

import org.jspecify.annotations.NullMarked;
