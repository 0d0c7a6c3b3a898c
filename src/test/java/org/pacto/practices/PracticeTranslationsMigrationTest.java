package org.pacto.practices;

import java.util.Map;
import java.util.UUID;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.platform.LocalizedTextConverter;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, translations stored one way: practices and collections written before V5 (translations in their own
 * column or maps by language) read back as the same texts through {@link LocalizedTextConverter}. The practices
 * migrations run on a scratch database of the same server, stopped at V4, given rows as V4 wrote them, then on.
 */
@PactoTest
class PracticeTranslationsMigrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HikariDataSource dataSource;

    @Test
    void translationsWrittenBeforeV5ReadBackTheSame() {
        String scratch = "practices_v5_" + Long.toHexString(System.nanoTime());
        try {
            jdbc.sql("create database " + scratch).update();
        } catch (DataAccessException e) {
            Assumptions.abort("the database user may not create a scratch database: " + e.getMessage());
        }
        try {
            var data = new DriverManagerDataSource(dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)",
                    "/" + scratch + "$1"), dataSource.getUsername(), dataSource.getPassword());
            Flyway.configure().dataSource(data).schemas("practices").createSchemas(true)
                    .locations("classpath:db/migration/practices").target("4").load().migrate();
            JdbcClient legacy = JdbcClient.create(data);
            UUID practice = UUID.randomUUID();
            legacy.sql("""
                    insert into practices.practice (id, status, language, title, summary, description, translations,
                        organisation_id, organisation_name, type, level)
                    values (?, 'published', 'es', 'Consulados móviles', 'Trámites en los barrios', 'Texto',
                        '{"en":{"title":"Mobile consulates","summary":"Paperwork in the neighbourhoods"},
                          "fr":{"title":"Consulats mobiles"}}', ?, 'Quilmes', 'service', 'local')""")
                    .param(practice).param(UUID.randomUUID()).update();
            UUID collection = UUID.randomUUID();
            legacy.sql("""
                    insert into practices.collection (id, language, titles, descriptions)
                    values (?, 'es', '{"es":"Documentación","en":"Documentation"}', '{"en":"Papers"}')""")
                    .param(collection).update();

            Flyway.configure().dataSource(data).schemas("practices").locations("classpath:db/migration/practices")
                    .load().migrate();

            var title = read(legacy, "select title from practices.practice where id = ?", practice);
            assertThat(title).isEqualTo(new LocalizedText(Language.ES, Map.of(Language.ES, "Consulados móviles",
                    Language.EN, "Mobile consulates", Language.FR, "Consulats mobiles")));
            assertThat(read(legacy, "select summary from practices.practice where id = ?", practice)).isEqualTo(
                    new LocalizedText(Language.ES, Map.of(Language.ES, "Trámites en los barrios",
                            Language.EN, "Paperwork in the neighbourhoods")));
            assertThat(read(legacy, "select title from practices.collection where id = ?", collection)).isEqualTo(
                    new LocalizedText(Language.ES, Map.of(Language.ES, "Documentación", Language.EN, "Documentation")));
            assertThat(read(legacy, "select description from practices.collection where id = ?", collection))
                    .isEqualTo(new LocalizedText(Language.ES, Map.of(Language.ES, "", Language.EN, "Papers")));
        } finally {
            jdbc.sql("drop database if exists " + scratch + " with (force)").update();
        }
    }

    private static LocalizedText read(JdbcClient legacy, String sql, UUID id) {
        return LocalizedTextConverter.read(legacy.sql(sql).param(id).query(String.class).single());
    }
}
