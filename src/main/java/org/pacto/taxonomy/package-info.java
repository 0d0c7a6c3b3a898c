/**
 * The Global Compact for Migration framework: its 23 objectives with their commitments and the
 * actions that fall to local authorities, its 10 guiding principles, and the reference lists the
 * platform classifies by (SDG targets and indicators, GFMD areas, stakeholder groups, kinds of
 * pledging entity, MGI domains, countries and regions, regional groupings). Read-only, versioned
 * by migrations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GCM framework", allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package org.pacto.taxonomy;
