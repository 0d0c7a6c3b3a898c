package org.pacto.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way scheduled work runs (issue 17): every {@code @Scheduled} method hands its body to {@link #once}, so
 * that of several nodes on one PostgreSQL exactly one runs each firing, and a single node simply runs it.
 *
 * <p>The node that fires first takes the job's row in {@code platform.scheduled_lock} until {@code locked_until};
 * the others find it taken and skip this firing. After the work the row stays taken for at least
 * {@code pacto.scheduled.hold} after it was taken (default 30 s), so a node whose clock fires a few seconds later
 * does not run the same firing again; a node that dies while running frees the job after
 * {@code pacto.scheduled.at-most} (default 1 h). Times are the database's, never a node's clock. This is ShedLock's
 * scheme (lockAtLeastFor, lockAtMostFor) on one table; ShedLock itself is not on the registry Pacto builds from.
 * Each run is written to {@code platform.scheduled_run} with the node that ran it.
 */
@Component
public class ScheduledWork {

    private static final Logger log = LoggerFactory.getLogger(ScheduledWork.class);

    private final JdbcClient jdbc;
    private final Duration hold;
    private final Duration atMost;
    private final String node;

    public ScheduledWork(JdbcClient jdbc, @Value("${pacto.scheduled.hold:PT30S}") Duration hold,
                         @Value("${pacto.scheduled.at-most:PT1H}") Duration atMost,
                         @Value("${pacto.node-name:}") String nodeName) {
        this.jdbc = jdbc;
        this.hold = hold;
        this.atMost = atMost;
        // host@pid by default (the JVM's own name), or PACTO_NODE_NAME: only for people reading scheduled_run
        this.node = nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName;
    }

    /** Runs {@code work} when this node takes {@code job}; answers whether it ran here. */
    public boolean once(String job, Runnable work) {
        if (!take(job)) {
            log.debug("Scheduled job {} is being run by another node", job);
            return false;
        }
        long run = jdbc.sql("insert into platform.scheduled_run (job, node) values (?, ?) returning id")
                .params(job, node).query(Long.class).single();
        String outcome = "failed";
        try {
            work.run();
            outcome = "done";
            return true;
        } finally {
            jdbc.sql("update platform.scheduled_run set finished_at = now(), outcome = ? where id = ?")
                    .params(outcome, run).update();
            release(job);
        }
    }

    private boolean take(String job) {
        int taken = jdbc.sql("""
                insert into platform.scheduled_lock (job, locked_until, locked_at, locked_by)
                values (:job, now() + make_interval(secs => :atMost), now(), :node)
                on conflict (job) do update
                  set locked_until = excluded.locked_until, locked_at = excluded.locked_at,
                      locked_by = excluded.locked_by
                  where platform.scheduled_lock.locked_until <= now()""")
                .param("job", job).param("atMost", seconds(atMost)).param("node", node)
                .update();
        return taken == 1;
    }

    private void release(String job) {
        jdbc.sql("""
                update platform.scheduled_lock
                   set locked_until = greatest(now(), locked_at + make_interval(secs => :hold))
                 where job = :job and locked_by = :node""")
                .param("hold", seconds(hold)).param("job", job).param("node", node).update();
        jdbc.sql("delete from platform.scheduled_run where job = ? and started_at < now() - interval '90 days'")
                .param(job).update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** Who this node is in {@code platform.scheduled_run}. */
    public String node() {
        return node;
    }
}
