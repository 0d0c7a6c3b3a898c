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

    private SharedServers() {
    }

    static synchronized PostgresServer acquire(Path dataDirectory) {
        Entry entry = servers.get(dataDirectory);
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
