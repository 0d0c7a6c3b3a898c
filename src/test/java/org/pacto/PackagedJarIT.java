package org.pacto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as {@code ./pacto run} starts it, with an empty data directory and the demo content. Every other test runs
 * on Maven's test class path, which holds test-scoped libraries the jar does not: a library needed at run time but
 * declared for tests only (Jackson 2's databind, which springdoc's swagger-core needs) once made the jar fail at
 * start-up while every test passed. Run by the {@code packaged-jar} execution in {@code pom.xml}, after
 * {@code package}.
 */
class PackagedJarIT {

    @TempDir
    static Path data;

    static Process pacto;
    static Path log;
    static int port;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("pacto.jar", "target/pacto.jar"));
        assertThat(jar).as("the packaged jar (run after `package`)").exists();
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = Files.createTempFile("pacto-jar", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        pacto = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--pacto.data-dir=" + data, "--pacto.demo=true"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            assertThat(pacto.isAlive()).as("the jar stopped during start-up:\n%s", tail()).isTrue();
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the jar did not become healthy within 8 minutes:\n" + tail());
    }

    @AfterAll
    static void stop() throws Exception {
        if (pacto != null) {
            pacto.destroy();
            if (!pacto.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                pacto.destroyForcibly();
            }
        }
    }

    @Test
    void servesPagesTheApiAndItsDocumentFromTheJar() throws Exception {
        for (String path : List.of("/", "/financing", "/practices", "/api", "/api/v1/financing/funds",
                "/v3/api-docs")) {
            var answer = get(path);
            assertThat(answer.statusCode()).as("%s\n%s", path, tail()).isEqualTo(200);
        }
        assertThat(get("/v3/api-docs").body()).contains("\"openapi\"").contains("/api/v1/financing/funds");
        assertThat(get("/").body()).contains("<html");
    }

    @Test
    void badInputFromTheJarIsAProblemNotAnError() throws Exception {
        var answer = get("/api/v1/practices?page=abc");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
