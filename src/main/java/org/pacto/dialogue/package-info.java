/**
 * The civil-society Permanent Dialogue Mechanism of seed 003 (UN Network on Migration, Latin America and the
 * Caribbean): member organisations by stakeholder group, working tables, consultations that choose topics,
 * hybrid dialogues with personal registration, the rapporteurs' report of recommendations that name no actor,
 * and the follow-up of each recommendation by the governments it is addressed to (issue 11).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civil-society dialogue mechanism",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.dialogue;
