package org.pacto.reviews.web;

import org.pacto.reviews.domain.ReviewCycle;
import org.pacto.reviews.web.ReviewsApi.CycleAnswer;

/** A review cycle as the API answers it; kept out of the controller, which sees only answers (ArchitectureTest). */
final class CycleAnswers {

    private CycleAnswers() {
    }

    static CycleAnswer of(ReviewCycle c) {
        return new CycleAnswer(c.id().toString(), c.title(), c.forum().code(), c.referenceDate().toString(),
                c.opens().toString(), c.closes().toString(), c.demo());
    }
}
