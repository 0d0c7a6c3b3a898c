package org.pacto.practices.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox of index work: every change of a practice written to PostgreSQL records, in the same transaction, a
 * row in {@code practices.index_work} (one per practice, renumbered by each change). After the commit the change is
 * applied to the search index ({@link IndexWork}); a row whose work was applied is removed, one that could not be
 * applied stays and is retried, and a crash between the commit and the index leaves it for the next start. So the
 * database commit and the answer to the user never depend on the index being writable (issue 16, item 7).
 * Created by Hibernate through Spring's bean container; beans are looked up when first needed.
 */
public class PendingIndexWork {

    private final ObjectProvider<JdbcClient> jdbc;
    private final ObjectProvider<IndexWork> index;

    public PendingIndexWork(ObjectProvider<JdbcClient> jdbc, ObjectProvider<IndexWork> index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Practice practice) {
        long work = jdbc.getObject().sql("""
                        insert into practices.index_work (practice_id) values (?)
                        on conflict (practice_id) do update set work = nextval('practices.index_work_work_seq'),
                            queued_at = now()
                        returning work""")
                .param(practice.id()).query(Long.class).single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            committed().put(practice.id(), new IndexWork.Committed(practice, work));
        }
    }

    /** The practices changed in this transaction, handed to the index once it commits. */
    private Map<UUID, IndexWork.Committed> committed() {
        @SuppressWarnings("unchecked")
        var changes = (Map<UUID, IndexWork.Committed>) TransactionSynchronizationManager.getResource(this);
        if (changes == null) {
            Map<UUID, IndexWork.Committed> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.getObject().committed(new ArrayList<>(created.values()));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PendingIndexWork.this);
                }
            });
            changes = created;
        }
        return changes;
    }
}
