package org.pacto.platform.database;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL's postmaster and starts it again when it stops under the
 * application (issue 16, item 8). Without it a killed server left every request waiting for a
 * connection and nothing brought it back.
 *
 * <p>The postmaster is not a child of the JVM (pg_ctl starts it and exits), so its exit cannot be
 * awaited; its {@code /proc} entry is read every {@link #PERIOD} instead, which costs a file read.
 * Restarts are retried with growing pauses ({@link #restartPauses}); when they are used up the watch
 * reports {@link State#GAVE_UP} and the application declares itself broken, so that whatever runs it
 * can start it afresh.
 */
final class ServerWatch {

    /** What the application may expect of the database. */
    enum State {
        RUNNING, RESTARTING, GAVE_UP
    }

    private static final Logger log = LoggerFactory.getLogger(ServerWatch.class);
    static final Duration PERIOD = Duration.ofMillis(200);
    static final List<Duration> DEFAULT_PAUSES = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(15),
            Duration.ofSeconds(30));

    private final PostgresServer server;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Duration> restartPauses = DEFAULT_PAUSES;
    private volatile State state = State.RUNNING;
    private volatile boolean stopped;
    private final Thread thread;

    private ServerWatch(PostgresServer server) {
        this.server = server;
        this.thread = Thread.ofPlatform().name("postgres-watch").daemon().unstarted(this::watch);
    }

    static ServerWatch start(PostgresServer server) {
        var watch = new ServerWatch(server);
        watch.thread.start();
        return watch;
    }

    State state() {
        return state;
    }

    /** Told of every change of state, on the watch's thread. */
    void subscribe(Consumer<State> listener) {
        listeners.add(listener);
    }

    void unsubscribe(Consumer<State> listener) {
        listeners.remove(listener);
    }

    /** The pauses before each restart attempt; their number bounds the attempts. */
    void restartPauses(List<Duration> pauses) {
        this.restartPauses = List.copyOf(pauses);
    }

    /** Ends the watch before a deliberate stop, which must not be taken for a crash. */
    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch() {
        try {
            while (!stopped) {
                Thread.sleep(PERIOD);
                if (!stopped && state != State.GAVE_UP && !server.postmasterAlive()) {
                    recover();
                }
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    private void recover() throws InterruptedException {
        log.error("The embedded PostgreSQL (pid {}) stopped under the application; restarting it",
                server.postmasterPid());
        change(State.RESTARTING);
        int attempt = 0;
        for (Duration pause : restartPauses) {
            attempt++;
            Thread.sleep(pause);
            if (stopped) {
                return;
            }
            try {
                server.restart();
                change(State.RUNNING);
                return;
            } catch (RuntimeException | java.io.IOException e) {
                log.warn("Restart {} of the embedded PostgreSQL failed: {}", attempt, e.getMessage());
            }
        }
        log.error("The embedded PostgreSQL could not be restarted after {} attempts; see postgres.log in {}",
                attempt, server.dataDirectory());
        change(State.GAVE_UP);
    }

    private void change(State next) {
        state = next;
        for (var listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                log.warn("A listener of the database state failed", e);
            }
        }
    }
}
