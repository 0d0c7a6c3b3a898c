/**
 * The public face: the home page with the 23 objectives and recent activity gathered from the
 * other modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site",
        allowedDependencies = {"platform", "taxonomy", "identity", "pledges", "practices"})
@org.jspecify.annotations.NullMarked
package org.pacto.site;
