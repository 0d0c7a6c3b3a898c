/**
 * Indicators and observatories (GCM objective 1, with 6, 17 and 20): SDG 10.c.1, 10.7.1 and 17.3.2 computed from
 * raw data with the custodians' methods ({@code calculation}, plain Java, every result with its steps and sources),
 * microdata tabulated by migratory status with disclosure control ({@code data}: the only package that talks to
 * DuckDB), and the observatories that publish series for their territory ({@code domain}, {@code web}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators and observatories",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.indicators;
