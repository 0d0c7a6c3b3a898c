package org.pacto.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The dialogue module started with only the modules it depends on (platform, taxonomy, identity): its copy of a
 * member organisation's public name follows identity's event on its own.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext
@Tag("db")
class DialogueModuleTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMembersNameAndCountryFollowIdentitysChanges(Scenario scenario) {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("insert into dialogue.member (id, organisation_id, organisation_name, grp, country, diaspora,"
                        + " admitted_at, admitted_by) values (:id, :o, 'Colectivo', 'migrants', 'AR', false, :at, 'test')")
                .param("id", UUID.randomUUID()).param("o", organisation).param("at", java.sql.Timestamp.from(Instant.now()))
                .update();
        scenario.publish(new OrganisationUpdated(new OrganisationId(organisation), "Colectivo renombrado",
                        "migrant-organisation", "UY"))
                .andWaitForStateChange(() -> name(organisation), "Colectivo renombrado"::equals)
                .andVerify(name -> assertThat(jdbc.sql("select country from dialogue.member where organisation_id = :o")
                        .param("o", organisation).query(String.class).single()).isEqualTo("UY"));
    }

    private String name(UUID organisation) {
        return jdbc.sql("select organisation_name from dialogue.member where organisation_id = :o")
                .param("o", organisation).query(String.class).single();
    }
}
