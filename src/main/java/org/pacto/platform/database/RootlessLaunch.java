package org.pacto.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * PostgreSQL will not run as root ("initdb: cannot be run as root"). As root we start its programs
 * in a new user namespace that maps root to an unprivileged id: PostgreSQL sees an ordinary user,
 * while the kernel still treats its files as root's, so the data directory needs no chown.
 */
final class RootlessLaunch {

    private RootlessLaunch() {
    }

    static List<String> prefix() {
        if (!isRoot()) {
            return List.of();
        }
        for (String unshare : List.of("/usr/bin/unshare", "/bin/unshare")) {
            if (Files.isExecutable(Path.of(unshare))) {
                return List.of(unshare, "--user", "--map-user=1000", "--map-group=1000");
            }
        }
        throw new IllegalStateException("Pacto runs as root and PostgreSQL refuses root; install util-linux"
                + " (unshare) or run Pacto as an ordinary user");
    }

    static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
