package org.pacto.platform;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform module on its own (with its database), and the event publication registry it configures (issue 16:
 * events between modules survive a crash): an event whose listener fails stays recorded as incomplete in
 * {@code platform.event_publication} and is delivered when publications are resubmitted, as they are on restart.
 */
@ApplicationModuleTest
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "pacto.early-database-start=false")
@DirtiesContext // used by this class only: close it, and its connections, when done
class PlatformModuleTest {

    /** An event of a module, as another module's listener receives it. */
    record Probed(String id) {
    }

    /** A listener in another module that fails until it {@link #recovers()} (read through methods: it is a proxy). */
    static class FlakyListener {
        private final AtomicBoolean failing = new AtomicBoolean(true);
        private final AtomicInteger attempts = new AtomicInteger();
        private final java.util.Set<String> received = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        public void on(Probed event) {
            attempts.incrementAndGet();
            if (failing.get()) {
                throw new IllegalStateException("listener down");
            }
            received.add(event.id());
        }

        public int attempts() {
            return attempts.get();
        }

        public boolean received(String id) {
            return received.contains(id);
        }

        public void recovers() {
            failing.set(false);
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlakyListener listener;
    @Autowired
    AuditTrail audit;

    @Test
    void theModuleStartsWithItsOwnBeans() {
        assertThat(audit).isNotNull();
        assertThat(jdbc.sql("select count(*) from platform.flyway_schema_history where success")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEventWhoseListenerFailsStaysIncompleteUntilResubmitted() throws Exception {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> events.publishEvent(new Probed(id)));

        await(() -> listener.attempts() >= 1 && pending(id) == 1);
        assertThat(listener.received(id)).isFalse();
        assertThat(jdbc.sql("select listener_id from platform.event_publication where serialized_event like :id")
                .param("id", "%" + id + "%").query(String.class).single()).contains("FlakyListener");

        listener.recovers();
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof Probed probed && probed.id().equals(id));

        await(() -> listener.received(id) && pending(id) == 0);
        assertThat(listener.received(id)).isTrue();
    }

    /** Issue 17: two nodes fire the same schedule; one runs it, the other skips that firing. */
    @Test
    void aScheduledJobRunsOnOneNodeOfTwo() {
        String job = "platform.test-" + UUID.randomUUID();
        var nodeA = new ScheduledWork(jdbc, Duration.ofMinutes(1), Duration.ofHours(1), "node-a");
        var nodeB = new ScheduledWork(jdbc, Duration.ofMinutes(1), Duration.ofHours(1), "node-b");
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean bRanMeanwhile = new AtomicBoolean();
        boolean aRan = nodeA.once(job, () -> {
            runs.incrementAndGet();
            bRanMeanwhile.set(nodeB.once(job, runs::incrementAndGet));
        });
        assertThat(aRan).isTrue();
        assertThat(bRanMeanwhile).as("taken while A runs it").isFalse();
        assertThat(nodeB.once(job, runs::incrementAndGet)).as("still held: the same firing, a bit later").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jdbc.sql("select node || ':' || outcome from platform.scheduled_run where job = ?").param(job)
                .query(String.class).list()).containsExactly("node-a:done");

        var quick = new ScheduledWork(jdbc, Duration.ZERO, Duration.ofHours(1), "node-b");
        assertThat(quick.once(job, () -> { throw new IllegalStateException("boom"); }))
                .as("A's hold has not passed").isFalse();
        jdbc.sql("update platform.scheduled_lock set locked_until = now() - interval '1 second' where job = ?")
                .param(job).update();
        try {
            quick.once(job, () -> { throw new IllegalStateException("boom"); });
        } catch (IllegalStateException expected) {
            // the failure is the job's, recorded below
        }
        assertThat(jdbc.sql("select outcome from platform.scheduled_run where job = ? and node = 'node-b'").param(job)
                .query(String.class).single()).isEqualTo("failed");
        assertThat(quick.once(job, runs::incrementAndGet)).as("no hold after a run on this node").isTrue();
    }

    /** Issue 17: files in PostgreSQL, read by any node; a rolled-back upload leaves nothing. */
    @Test
    void filesKeptInTheDatabaseAreReadBackAndRolledBack() throws Exception {
        var store = new FileStore(TestDatabase.dataDirectory().toString(), "database", jdbc);
        byte[] text = "Informe de avance\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var kept = transactions.execute(status -> {
            var upload = store.receive("pledges", "informe.txt", new java.io.ByteArrayInputStream(text));
            store.keep(upload);
            return upload;
        });
        assertThat(kept.temporary()).doesNotExist();
        assertThat(store.exists("pledges", kept.id())).isTrue();
        assertThat(store.content("pledges", kept.id()).getContentAsByteArray()).isEqualTo(text);

        var rolledBack = new java.util.concurrent.atomic.AtomicReference<UUID>();
        transactions.executeWithoutResult(status -> {
            var upload = store.receive("pledges", "informe.txt", new java.io.ByteArrayInputStream(text));
            store.keep(upload);
            rolledBack.set(upload.id());
            status.setRollbackOnly();
        });
        assertThat(store.exists("pledges", rolledBack.get())).isFalse();
    }

    private int pending(String id) {
        return jdbc.sql("select count(*) from platform.event_publication where completion_date is null"
                + " and serialized_event like :id").param("id", "%" + id + "%").query(Integer.class).single();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("within 30 s").isTrue();
    }
}
