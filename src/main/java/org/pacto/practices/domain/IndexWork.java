package org.pacto.practices.domain;

import java.util.List;

/**
 * Applies committed changes of practices to the search index (implemented by the search package). The changes are
 * already recorded as pending in {@code practices.index_work}, in the transaction that made them, so an index
 * that cannot be written never undoes nor hides a committed change: the work stays pending and is retried.
 */
public interface IndexWork {

    /** A practice as committed, with the number of its pending work row. */
    record Committed(Practice practice, long work) {
    }

    /** Called after the commit, in the committing thread; never throws. */
    void committed(List<Committed> changes);
}
