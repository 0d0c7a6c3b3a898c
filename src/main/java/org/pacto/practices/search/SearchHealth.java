package org.pacto.practices.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code search}: DOWN while committed changes of practices cannot be written to the search index
 * (they are kept in {@code practices.index_work} and retried; searches meanwhile answer from the index as it was).
 */
@Component("searchHealthIndicator")
class SearchHealth implements HealthIndicator {

    private final PracticeIndexing indexing;

    SearchHealth(PracticeIndexing indexing) {
        this.indexing = indexing;
    }

    @Override
    public Health health() {
        var state = indexing.state();
        if (state.healthy()) {
            return Health.up().build();
        }
        return Health.down().withDetail("pending", state.pending())
                .withDetail("failingSince", String.valueOf(state.failingSince())).build();
    }
}
