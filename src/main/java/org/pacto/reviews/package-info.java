/**
 * Voluntary reviews and local GCM profiles (issue 9; seed 002's Voluntary Review Framework, seed 004's local
 * alignment with the 23 objectives): review cycles, each government's inventory of its GCM initiatives, the
 * neutral observer's automatic check and queries, an MGI-inspired self-assessment and the public profiles per
 * country and locality. Other modules hear of publications through {@link org.pacto.reviews.InventoryPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Voluntary reviews and GCM profiles",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.reviews;
