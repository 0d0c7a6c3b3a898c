package org.pacto.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries packaged on Maven Central (zonky), with its cluster kept
 * in {@code <data-dir>/postgres} so that data survives restarts.
 *
 * <p>PostgreSQL refuses to run as root. When Pacto runs as root (containers, CI), the server is
 * started inside a user namespace where it is an ordinary user while its files keep their owner.
 *
 * <p>A run killed with SIGKILL leaves its server behind; the next start finds it through
 * {@code postmaster.pid}, stops it and starts afresh, so a stale lock is never fatal. A second
 * Pacto on the same data directory is refused: the directory lock is held while running.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    static final String DATABASE = "pacto";
    static final String USER = "postgres";

    private final Path dataDirectory;
    private final Path cluster;
    private final PostgresBinaries binaries;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String password;
    private int port;
    private boolean running;
    private boolean closing;
    /** The postmaster and its start time (field 22 of /proc/PID/stat), so a reused pid is not taken for it. */
    private volatile long postmasterPid = -1;
    private volatile String postmasterStart = "";
    private @org.jspecify.annotations.Nullable ServerWatch watch;

    private PostgresServer(Path dataDirectory, PostgresBinaries binaries, FileChannel lockChannel, FileLock lock)
            throws IOException {
        this.dataDirectory = dataDirectory;
        this.cluster = dataDirectory.resolve("postgres");
        this.binaries = binaries;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.password = readOrCreatePassword(dataDirectory.resolve("postgres.secret"));
    }

    /** Starts (or recovers and restarts) the server for a data directory. */
    public static PostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            var lockChannel = FileChannel.open(dataDirectory.resolve(".pacto.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("Another Pacto is running on data directory " + dataDirectory
                        + "; stop it or choose another --pacto.data-dir");
            }
            var binaries = PostgresBinaries.extract(dataDirectory.resolve("runtime"));
            var server = new PostgresServer(dataDirectory, binaries, lockChannel, lock);
            server.startCluster();
            server.watch = ServerWatch.start(server);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void startCluster() throws IOException {
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initialise();
        }
        recoverStaleServer();
        port = freePort();
        launch();
        ensureDatabase();
        log.info("Embedded PostgreSQL {} on 127.0.0.1:{} with data in {}", binaries.version(), port, cluster);
    }

    private void launch() throws IOException {
        run(Duration.ofMinutes(2), binaries.pgCtl(), "-D", cluster.toString(), "-w", "-t", "90",
                "-l", dataDirectory.resolve("postgres.log").toString(),
                "-o", "-p " + port + " -h 127.0.0.1 -c unix_socket_directories= -c fsync=on"
                        + " -c max_connections=60 -c shared_buffers=128MB",
                "start");
        running = true;
        postmasterPid = readPostmasterPid().orElse(-1L);
        postmasterStart = startTime(postmasterPid);
    }

    /**
     * Starts the server again after it stopped under the application (killed, crashed, stopped by
     * hand), on the same port so that the connection pool's address stays valid. PostgreSQL replays
     * its write-ahead log, so committed transactions are kept. Fails while processes of the stopped
     * server still hold its shared memory; the caller retries.
     */
    synchronized void restart() throws IOException {
        if (closing) {
            throw new IllegalStateException("The embedded PostgreSQL is closing");
        }
        running = false;
        recoverStaleServer();
        launch();
        log.info("Embedded PostgreSQL restarted on 127.0.0.1:{}", port);
    }

    /** Whether the postmaster that was started is still there (not exited, not a zombie, pid not reused). */
    boolean postmasterAlive() {
        long pid = postmasterPid;
        return pid > 0 && running(pid) && startTime(pid).equals(postmasterStart);
    }

    /** The postmaster's process id, or -1 when it is not known. */
    long postmasterPid() {
        return postmasterPid;
    }

    /** The watch that restarts the server when it stops (absent only while starting). */
    ServerWatch watch() {
        return java.util.Objects.requireNonNull(watch);
    }

    private Optional<Long> readPostmasterPid() throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile).stream().findFirst().map(String::trim)
                .filter(s -> s.matches("\\d+")).map(Long::parseLong);
    }

    private static String startTime(long pid) {
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return fields.length > 19 ? fields[19] : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void initialise() throws IOException {
        Files.createDirectories(cluster);
        Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
        Path pwfile = dataDirectory.resolve("postgres.pwfile");
        Files.writeString(pwfile, password + "\n");
        try {
            run(Duration.ofMinutes(2), binaries.initdb(), "-D", cluster.toString(), "-U", USER,
                    "--pwfile=" + pwfile, "-A", "scram-sha-256", "-E", "UTF-8", "--no-locale");
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** A server left by a killed run still holds the cluster: stop it before starting ours. */
    private void recoverStaleServer() throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = readPostmasterPid();
        boolean alive = pid.map(PostgresServer::running).orElse(false);
        if (alive) {
            log.warn("Recovering: a PostgreSQL left by an earlier run (pid {}) still holds {}; stopping it",
                    pid.get(), cluster);
            try {
                run(Duration.ofMinutes(2), binaries.pgCtl(), "-D", cluster.toString(), "-w", "-m", "fast", "stop");
            } catch (IllegalStateException e) {
                ProcessHandle.of(pid.get()).ifPresent(ProcessHandle::destroyForcibly);
            }
        } else {
            log.warn("Recovering: removing the stale lock {} of a server that is no longer running", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }

    private void ensureDatabase() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        ServerWatch current = watch;
        if (current != null) {
            current.stop();
        }
        synchronized (this) {
            closing = true;
            stopServer();
        }
    }

    private void stopServer() {
        if (running) {
            try {
                run(Duration.ofMinutes(1), binaries.pgCtl(), "-D", cluster.toString(), "-w", "-m", "fast", "stop");
                log.info("Embedded PostgreSQL stopped");
            } catch (RuntimeException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
            running = false;
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.debug("Releasing the data-directory lock failed", e);
        }
    }

    private void run(Duration timeout, String... command) {
        List<String> line = new ArrayList<>(RootlessLaunch.prefix());
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): "
                        + Path.of(command[0]).getFileName() + "\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command[0], e);
        }
    }

    /** Alive and not a zombie left for its (gone) parent to reap. */
    private static boolean running(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !Files.exists(Path.of("/proc"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Files.writeString(file, secret);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return secret;
    }
}
