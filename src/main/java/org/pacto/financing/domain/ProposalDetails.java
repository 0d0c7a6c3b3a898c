package org.pacto.financing.domain;

import java.util.List;

/** A proposal's content once checked by {@link ProposalRules}. */
record ProposalDetails(String title, String summary, String window, List<Integer> objectives, String activities,
                       int genderMarker, int humanRightsMarker, List<BudgetLine> budget,
                       List<ResultIndicator> results) {
}
