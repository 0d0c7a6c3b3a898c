package org.pacto.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Pacto node as a separate JVM process, for cluster tests (issue 17): the test class path's {@code java} runs
 * {@code org.pacto.PactoApplication} on a free port, against an external PostgreSQL, with its own data directory,
 * extra environment variables and arguments, and its output in {@code target/cluster-nodes/<name>.log}.
 * {@link #start} returns once {@code /actuator/health/readiness} answers 200.
 *
 * <p>{@link #kill()} ends the process at once (SIGKILL: no shutdown hook, no graceful drain), as when a machine
 * dies; {@link #stop()} ends it gracefully (SIGTERM); {@link #restart()} starts the same node again on the same
 * port and data directory.
 */
public final class PactoNode implements AutoCloseable {

    /** The PostgreSQL server every node connects to. */
    public record Database(String url, String user, String password) {

        /** The server {@code .ci/run} starts (PACTO_EXTERNAL_DB_URL, _USER, _PASSWORD), or null when none is named. */
        public static Database external() {
            String url = System.getenv("PACTO_EXTERNAL_DB_URL");
            if (url == null || url.isBlank()) {
                return null;
            }
            return new Database(url, System.getenv().getOrDefault("PACTO_EXTERNAL_DB_USER", "pacto"),
                    System.getenv().getOrDefault("PACTO_EXTERNAL_DB_PASSWORD", ""));
        }
    }

    private static final String MAIN_CLASS = "org.pacto.PactoApplication";
    /** Start-up takes about 40 s on a quiet 2-core machine and minutes on a loaded one (-Dpacto.test.node-ready-seconds). */
    private static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("pacto.test.node-ready-seconds", 900));
    private static final Path LOGS = Path.of("target", "cluster-nodes").toAbsolutePath();

    private final String name;
    private final Database database;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final int port;
    private final Path dataDirectory;
    private final Path log;
    private Process process;

    private PactoNode(String name, Database database, Map<String, String> environment, List<String> arguments,
                      int port, Path dataDirectory) {
        this.name = name;
        this.database = database;
        this.environment = Map.copyOf(environment);
        this.arguments = List.copyOf(arguments);
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.log = LOGS.resolve(name + ".log");
    }

    /**
     * Starts a node and waits until it is ready.
     *
     * @param name        names the log file and the data directory (e.g. "a")
     * @param database    the shared PostgreSQL
     * @param environment extra environment variables, e.g. {@code PACTO_CLUSTER=true}
     * @param arguments   extra Spring arguments, e.g. {@code --pacto.demo=true}
     */
    public static PactoNode start(String name, Database database, Map<String, String> environment,
                                  String... arguments) {
        try {
            Files.createDirectories(LOGS);
            Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")
                    .toAbsolutePath()), "node-" + name + "-");
            var node = new PactoNode(name, database, environment, List.of(arguments), freePort(), data);
            Files.deleteIfExists(node.log);
            node.launch();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the same node again (same port, data directory, environment and arguments); waits until ready. */
    public PactoNode restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("node " + name + " is still running");
        }
        launch();
        return this;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: the JVM ends at once, in the middle of whatever it was doing. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(30));
        }
    }

    /** SIGTERM: Spring's graceful shutdown drains requests and closes the pool before the JVM ends. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitForExit(Duration.ofSeconds(60))) {
                kill();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), MAIN_CLASS,
                "--server.port=" + port,
                "--pacto.data-dir=" + dataDirectory,
                "--pacto.base-url=" + baseUri(),
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = new LinkedHashMap<>(environment);
        // The test JVM's own external-database variables are not the node's business.
        builder.environment().keySet().removeIf(k -> k.startsWith("PACTO_EXTERNAL_DB_"));
        builder.environment().putAll(env);
        try {
            Files.writeString(log, "=== " + Instant.now() + " starting node " + name + " on port " + port + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    private void awaitReady() {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue()
                        + " before it was ready; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        kill();
        throw new IllegalStateException("node " + name + " not ready within " + READY_WITHIN + "; see " + log);
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
