/**
 * The Pledging Initiative (seeds 003 and 004): measurable commitments to the GCM's objectives and
 * principles, their targets and progress reports, the fulfilment measured from them, the public
 * dashboard and map. Other modules hear of publications through {@link org.pacto.pledges.PledgePublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pledging initiative",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.pledges;
