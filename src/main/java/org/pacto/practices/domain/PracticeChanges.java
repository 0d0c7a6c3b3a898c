package org.pacto.practices.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts changes to practices, so that what is derived from the search index and kept in memory
 * (the facet counts of every published practice) knows when it is stale. A change counts when it is
 * flushed and again after its transaction commits, when the index has it too.
 */
public class PracticeChanges {

    private static final AtomicLong generation = new AtomicLong();

    public static long generation() {
        return generation.get();
    }

    public static void changed() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object practice) {
        changed();
    }
}
