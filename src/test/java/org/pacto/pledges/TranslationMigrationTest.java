package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedTextConverter;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration V5 moves the rows of the old {@code pledges.translation} table into the LocalizedText columns. The test
 * database is migrated before any pledge exists, so the move is checked on a scratch copy of the schema (V1–V4, rows
 * written the old way, then V5), inside a transaction that is rolled back.
 */
@PactoTest
class TranslationMigrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void existingTitlesDescriptionsAndTranslationsBecomeLocalizedText() {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("create schema pledges_v4_check").update();
            for (String version : new String[] {"V1__pledges", "V2__dashboard_indexes", "V3__attachments",
                    "V4__target_owner"}) {
                jdbc.sql(script(version)).update();
            }
            jdbc.sql("""
                    insert into pledges_v4_check.pledge (id, organisation_id, organisation_name, organisation_kind,
                        language, title, description, type, nature, objectives, principles, actions, countries,
                        regions, deadline, year, status)
                    values ('00000000-0000-0000-0000-000000000001', gen_random_uuid(), 'Quilmes', 'local-authority',
                        'es', 'Ventanilla única', 'Descripción "citada"', 'individual', '{}', '{16}', '{}', '{}',
                        '{AR}', '{}', '2027-12-31', 2026, 'published');
                    insert into pledges_v4_check.translation values
                        ('00000000-0000-0000-0000-000000000001', 'en', 'One-stop desk', null),
                        ('00000000-0000-0000-0000-000000000001', 'fr', 'Guichet unique', 'Description en français')
                    """).update();
            jdbc.sql(script("V5__localized_text_need_and_indicators")).update();

            var title = LocalizedTextConverter.read(jdbc.sql("select title from pledges_v4_check.pledge")
                    .query(String.class).single());
            var description = LocalizedTextConverter.read(jdbc.sql("select description from pledges_v4_check.pledge")
                    .query(String.class).single());
            assertThat(title.original()).isEqualTo(Language.ES);
            assertThat(title.in(Language.ES).text()).isEqualTo("Ventanilla única");
            assertThat(title.in(Language.EN).text()).isEqualTo("One-stop desk");
            assertThat(title.in(Language.FR).text()).isEqualTo("Guichet unique");
            assertThat(description.in(Language.ES).text()).isEqualTo("Descripción \"citada\"");
            assertThat(description.in(Language.EN).asked()).as("no English description was given").isFalse();
            assertThat(description.in(Language.FR).text()).isEqualTo("Description en français");
            assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'pledges_v4_check'"
                    + " and table_name = 'translation'").query(Long.class).single()).isZero();
            status.setRollbackOnly();
        });
    }

    private static String script(String version) {
        try (InputStream in = TranslationMigrationTest.class.getClassLoader()
                .getResourceAsStream("db/migration/pledges/" + version + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("pledges.", "pledges_v4_check.");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
