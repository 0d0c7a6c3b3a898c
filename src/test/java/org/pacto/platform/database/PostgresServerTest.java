package org.pacto.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server keeps data across restarts, refuses a second owner and recovers a killed run. */
class PostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (var server = PostgresServer.start(dataDirectory)) {
            execute(server, "create table kept (value text)", "insert into kept values ('sigue aquí')");
        }
        try (var server = PostgresServer.start(dataDirectory)) {
            assertThat(query(server, "select value from kept")).isEqualTo("sigue aquí");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryIsRefused() {
        try (var server = PostgresServer.start(dataDirectory)) {
            assertThatThrownBy(() -> PostgresServer.start(dataDirectory))
                    .hasMessageContaining("Another Pacto is running");
        }
    }

    @Test
    void aServerLeftByAKilledRunIsRecovered() throws Exception {
        // A child JVM starts the server, then is killed with SIGKILL: its PostgreSQL is orphaned.
        var child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartAndWait.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).start();
        var output = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()));
        String line;
        boolean ready = false;
        while (!ready && (line = output.readLine()) != null) {
            ready = line.contains("READY");
        }
        assertThat(ready).as("child started its server").isTrue();
        Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
        long orphan = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(running(orphan)).isTrue();

        try (var server = PostgresServer.start(dataDirectory)) {
            assertThat(query(server, "select value from survivor")).isEqualTo("antes del corte");
            assertThat(running(orphan)).as("the orphaned server was stopped").isFalse();
        }
    }

    @Test
    void aStaleLockOfADeadServerIsRemoved() throws Exception {
        try (var server = PostgresServer.start(dataDirectory)) {
            execute(server, "create table t (x int)");
        }
        Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
        Files.writeString(pidFile, "999999\n" + dataDirectory.resolve("postgres") + "\n");
        try (var server = PostgresServer.start(dataDirectory)) {
            assertThat(query(server, "select count(*) from t")).isEqualTo("0");
        }
    }

    /** Run in a child JVM: start a server, say so, and wait to be killed. */
    public static final class StartAndWait {
        public static void main(String[] args) throws Exception {
            var server = PostgresServer.start(Path.of(args[0]));
            execute(server, "create table survivor (value text)", "insert into survivor values ('antes del corte')");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    /** Alive and not a zombie waiting for a parent to reap it. */
    static boolean running(long pid) throws java.io.IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text = Files.readString(stat);
        return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
    }

    static void execute(PostgresServer server, String... statements) throws Exception {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             var statement = connection.createStatement()) {
            for (String sql : List.of(statements)) {
                statement.execute(sql);
            }
        }
    }

    static String query(PostgresServer server, String sql) throws Exception {
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
