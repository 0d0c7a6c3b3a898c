/**
 * The repository of good practices: submission, peer review against the GCM's criteria,
 * publication and search. Sub-packages are internal; the root holds the events other modules hear.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Good practices",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.practices;
