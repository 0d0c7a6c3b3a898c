package org.pacto.practices.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.pacto.practices.domain.IndexWork;
import org.pacto.practices.domain.Practice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies committed changes of practices to the search index, after the commit (never inside it: an index that
 * cannot be written must not turn a recorded change into an error, issue 16 item 7). The committing thread writes
 * the practice it already holds (no database access) so that a search right after a change finds it; the work rows
 * of {@code practices.index_work} are then removed by the catch-up, which also retries, every few seconds, the rows
 * whose work could not be applied (reading the practice again from PostgreSQL), and those left by a crash.
 * <p>
 * Index writes are serialised and a practice's work is never applied over newer work of the same practice, so two
 * commits finishing in the other order cannot leave the older version in the index.
 */
@Component
public class PracticeIndexing implements IndexWork {

    private static final Logger log = LoggerFactory.getLogger(PracticeIndexing.class);
    private static final int BATCH = 200;

    private final EntityManagerFactory entityManagerFactory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Duration retry;
    private final ReentrantLock writing = new ReentrantLock();
    /** The newest work applied per practice (work numbers only grow). */
    private final Map<UUID, Long> applied = new ConcurrentHashMap<>();
    /** Work applied by committing threads whose rows the catch-up removes. */
    private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService catchUp = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "practices-index-catch-up");
        thread.setDaemon(true);
        return thread;
    });
    private volatile @Nullable Instant failingSince;
    private volatile @Nullable String lastProblem;
    private volatile long pending;
    private volatile @Nullable RuntimeException refusal;

    private record Done(UUID practice, long work) {
    }

    PracticeIndexing(EntityManagerFactory entityManagerFactory, JdbcClient jdbc, ApplicationEventPublisher events,
                     @Value("${pacto.practices.index-retry:PT3S}") Duration retry) {
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.events = events;
        this.retry = retry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        catchUp.scheduleWithFixedDelay(this::catchUpQuietly, 0, retry.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        catchUp.shutdownNow();
    }

    @Override
    public void committed(List<Committed> changes) {
        try {
            write(changes.stream().map(c -> new Work(c.practice().id(), c.work(), c.practice())).toList(), null);
            changes.forEach(c -> done.add(new Done(c.practice().id(), c.work())));
            events.publishEvent(new PracticesIndexed(changes.size()));
        } catch (RuntimeException e) {
            failed(e);
            log.warn("Search index not written after a commit; {} practice(s) stay pending and are retried",
                    changes.size(), e);
        }
    }

    /**
     * Applies every pending row now (also run every few seconds): removes the rows of work already applied, then
     * reads and indexes the practices of the others, recording a failed attempt on those that cannot be written.
     */
    public void catchUp() {
        Done d;
        while ((d = done.poll()) != null) {
            jdbc.sql("delete from practices.index_work where practice_id = ? and work = ?")
                    .param(d.practice()).param(d.work()).update();
        }
        // Fresh rows are left to their committing thread for a moment, unless writes have been failing.
        List<Work> rows = jdbc.sql("""
                        select practice_id, work from practices.index_work
                        where ? or attempts > 0 or queued_at < now() - interval '2 seconds'
                        order by work limit ?""").param(failingSince != null).param(BATCH)
                .query((rs, n) -> new Work(rs.getObject(1, UUID.class), rs.getLong(2), null)).list();
        boolean failed = false;
        if (!rows.isEmpty()) {
            try (EntityManager em = entityManagerFactory.createEntityManager()) {
                write(rows, em);
                for (Work row : rows) {
                    jdbc.sql("delete from practices.index_work where practice_id = ? and work = ?")
                            .param(row.practice()).param(row.work()).update();
                }
                events.publishEvent(new PracticesIndexed(rows.size()));
            } catch (RuntimeException e) {
                failed = true;
                failed(e);
                for (Work row : rows) {
                    jdbc.sql("""
                                    update practices.index_work set attempts = attempts + 1, failed_at = now(), problem = ?
                                    where practice_id = ? and work = ?""")
                            .param(problem(e)).param(row.practice()).param(row.work()).update();
                }
                log.warn("Search index still not writable: {} practice(s) pending", rows.size());
            }
        }
        pending = jdbc.sql("select count(*) from practices.index_work where attempts > 0").query(Long.class).single();
        if (!failed && pending == 0) {
            if (failingSince != null) {
                log.info("Search index caught up with PostgreSQL");
            }
            failingSince = null;
            lastProblem = null;
        }
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Search index catch-up failed", e);
        }
    }

    private record Work(UUID practice, long work, @Nullable Practice committed) {
    }

    /** Writes the works (each practice as given, or read with {@code em}), all or nothing for the caller. */
    private void write(List<Work> works, @Nullable EntityManager em) {
        writing.lock();
        try {
            RuntimeException refused = refusal;
            if (refused != null) {
                throw refused;
            }
            try (EntityManager own = em == null ? entityManagerFactory.createEntityManager() : null) {
                SearchSession session = Search.session(em != null ? em : own);
                int planned = 0;
                for (Work work : works) {
                    Long newer = applied.get(work.practice());
                    if (newer != null && newer > work.work()) {
                        continue;
                    }
                    Practice practice = work.committed() != null ? work.committed()
                            : em.find(Practice.class, work.practice());
                    if (practice == null) {
                        session.indexingPlan().purge(Practice.class, work.practice(), null);
                    } else {
                        session.indexingPlan().addOrUpdate(practice);
                    }
                    planned++;
                }
                if (planned > 0) {
                    session.indexingPlan().execute();
                }
            }
            works.forEach(w -> applied.merge(w.practice(), w.work(), Math::max));
        } finally {
            writing.unlock();
        }
    }

    private void failed(RuntimeException e) {
        if (failingSince == null) {
            failingSince = Instant.now();
        }
        lastProblem = problem(e);
        catchUp.schedule(this::catchUpQuietly, retry.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static String problem(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    /** Whether committed changes are waiting because the index could not be written, since when, and why. */
    public record State(@Nullable Instant failingSince, @Nullable String problem, long pending) {
        public boolean healthy() {
            return failingSince == null;
        }
    }

    public State state() {
        return new State(failingSince, lastProblem, pending);
    }

    /**
     * For tests of what happens when the index cannot be written (a read-only directory cannot be simulated when
     * the tests run as root): while refused, every index write fails as a full disk or a lost directory would.
     */
    public void refuseWrites(boolean refuse) {
        refusal = refuse ? new IllegalStateException("Index writes refused") : null;
    }
}
