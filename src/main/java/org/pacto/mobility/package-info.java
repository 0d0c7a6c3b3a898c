/**
 * Labour mobility and skills (seed 001, action lines 1 and 2): the ISCO-08 occupations in four languages,
 * qualification-recognition procedures by country with their durations and costs, the occupations expected
 * to be in demand, and a labour-demand model (system dynamics with proxy variables, seed 001 note 7).
 * The calculation core ({@code calculation}) is plain Java; {@code web} offers the API and the pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Labour mobility and skills",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.mobility;
