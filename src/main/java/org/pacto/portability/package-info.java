/**
 * Social-security portability (GCM objective 22): the registry of agreements, the national
 * old-age schemes with their legal sources, and the calculation of what each country owes a
 * person who worked in several of them. The calculation core ({@code calculation}) is plain Java;
 * {@code web} offers the public API and pages, {@code saved} keeps the calculations a signed-in
 * person chooses to save.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social-security portability",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.portability;
