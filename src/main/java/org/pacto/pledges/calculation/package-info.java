/** Pure calculations of the pledging initiative: fulfilment with its steps, and date rules. */
@org.jspecify.annotations.NullMarked
package org.pacto.pledges.calculation;
