package org.pacto.platform.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One server per data directory per JVM, counted: several application contexts (as in tests)
 * share it, and the last one to close stops it, after its connection pool has closed.
 */
final class SharedServers {

    private record Entry(PostgresServer server, int users) {
    }

    private static final Map<Path, Entry> servers = new HashMap<>();
    private static final Map<Path, java.util.concurrent.CompletableFuture<PostgresServer>> starting = new HashMap<>();

    /** Begins starting a server in the background; {@link #acquire} waits for it. */
    static synchronized void prestart(Path dataDirectory) {
        if (servers.containsKey(dataDirectory) || starting.containsKey(dataDirectory)) {
            return;
        }
        var future = new java.util.concurrent.CompletableFuture<PostgresServer>();
        Thread.ofPlatform().name("postgres-start").daemon().start(() -> {
            try {
                future.complete(PostgresServer.start(dataDirectory));
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        starting.put(dataDirectory, future);
    }

    private SharedServers() {
    }

    static synchronized PostgresServer acquire(Path dataDirectory) {
        Entry entry = servers.get(dataDirectory);
        var early = starting.remove(dataDirectory);
        if (entry == null && early != null) {
            try {
                entry = new Entry(early.join(), 0);
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
        if (entry == null) {
            entry = new Entry(PostgresServer.start(dataDirectory), 0);
        }
        servers.put(dataDirectory, new Entry(entry.server(), entry.users() + 1));
        return entry.server();
    }

    static synchronized void release(PostgresServer server) {
        Path key = server.dataDirectory();
        Entry entry = servers.get(key);
        if (entry == null) {
            return;
        }
        if (entry.users() <= 1) {
            servers.remove(key);
            server.close();
        } else {
            servers.put(key, new Entry(server, entry.users() - 1));
        }
    }
}
