/** Pure rules of the dialogue mechanism: the consultation tally, the anonymity check, an event's figures. */
@org.jspecify.annotations.NullMarked
package org.pacto.dialogue.calculation;
