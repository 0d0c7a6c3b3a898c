/**
 * The financing mechanism (seed 002, the GFMD's proposal of a concessional financing mechanism modelled on the
 * Global Concessional Financing Facility; seed 003's regional integration fund): funds, their member states in two
 * fee tiers with equal votes, contributions, calls for proposals, proposals and their appraisal, meetings that
 * vote, and grants with their disbursements, progress reports and restructurings. Everything is public except
 * drafts; every figure (available funds, quorum, the result of a vote) carries the steps that produced it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Financing mechanism",
        allowedDependencies = {"platform", "taxonomy", "identity"})
@org.jspecify.annotations.NullMarked
package org.pacto.financing;
