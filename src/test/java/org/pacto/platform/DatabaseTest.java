package org.pacto.platform;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pacto.support.PactoTest;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Which PostgreSQL the suite runs on, and that each module owns its schema and migration history. */
@PactoTest
class DatabaseTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void runsOnTheIntendedServer() throws Exception {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        if (TestDatabase.external()) {
            assertThat(url).isEqualTo(System.getenv("PACTO_EXTERNAL_DB_URL"));
        } else {
            assertThat(url).startsWith("jdbc:postgresql://127.0.0.1:");
            assertThat(TestDatabase.dataDirectory().resolve("postgres/PG_VERSION")).exists();
        }
        int major = jdbc.sql("show server_version_num").query(Integer.class).single() / 10000;
        assertThat(major).isGreaterThanOrEqualTo(14);
    }

    @Test
    void eachModuleHasItsOwnSchemaAndHistory() {
        var schemas = jdbc.sql("""
                select table_schema from information_schema.tables
                where table_name = 'flyway_schema_history' order by 1""").query(String.class).list();
        assertThat(schemas).contains("platform", "taxonomy", "identity", "site");
        assertThat(jdbc.sql("select count(*) from taxonomy.flyway_schema_history where success")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(6);
    }
}
