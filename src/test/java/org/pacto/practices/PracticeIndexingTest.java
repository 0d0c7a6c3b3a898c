package org.pacto.practices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pacto.practices.search.PracticeIndexing;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, items 7 and 10: a change is committed and answered as such even when the search index cannot be
 * written; the index is reported unhealthy meanwhile and catches up once it can be written again; its files are
 * private to Pacto's user.
 */
@PactoTest
class PracticeIndexingTest {

    @LocalServerPort
    int port;
    @Autowired
    PracticeIndexing indexing;
    @Autowired
    @Qualifier("searchHealthIndicator")
    HealthIndicator searchHealth;
    @Autowired
    JdbcClient jdbc;

    List<String> found(String words) {
        List<String> ids = new ArrayList<>();
        Api.at(port).get("/api/v1/practices?q=" + words.replace(" ", "%20")).json().get("items")
                .forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 30 s").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void aWriteSucceedsWhileTheIndexCannotBeWrittenAndTheIndexCatchesUp() throws InterruptedException {
        String title = "Huertas comunitarias de Wenceslao para familias retornadas";
        String id;
        indexing.refuseWrites(true);
        try {
            // Every step (creation, submission, reviews, decision) answers success: asserted inside.
            id = PracticeFixtures.at(port).published(PracticeFixtures.practice(title));
            assertThat(jdbc.sql("select status from practices.practice where id = ?::uuid").param(id)
                    .query(String.class).single()).isEqualTo("published");
            assertThat(jdbc.sql("select count(*) from practices.index_work where practice_id = ?::uuid").param(id)
                    .query(Long.class).single()).isEqualTo(1L);
            assertThat(found("huertas Wenceslao")).doesNotContain(id);
            assertThat(searchHealth.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(Api.at(port).get("/actuator/health").json().get("status").asString()).isEqualTo("DOWN");
            indexing.catchUp();
            assertThat(searchHealth.health().getStatus()).as("retried and still failing").isEqualTo(Status.DOWN);
        } finally {
            indexing.refuseWrites(false);
        }
        await(() -> searchHealth.health().getStatus().equals(Status.UP));
        assertThat(found("huertas Wenceslao")).contains(id);
        assertThat(jdbc.sql("select count(*) from practices.index_work where practice_id = ?::uuid").param(id)
                .query(Long.class).single()).isZero();
        assertThat(Api.at(port).get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theIndexDirectoryIsPrivate() throws Exception {
        Path root = TestDatabase.dataDirectory().resolve("index");
        assertThat(Files.isDirectory(root)).isTrue();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                assertThat(Files.getPosixFilePermissions(path)).as(path.toString())
                        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                PosixFilePermission.OWNER_EXECUTE);
            }
        }
    }
}
