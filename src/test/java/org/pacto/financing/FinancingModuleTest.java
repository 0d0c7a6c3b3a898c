package org.pacto.financing;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The financing module started with only the modules it depends on: a member state's public name follows its
 * organisation's when identity announces a change.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@DirtiesContext
@Tag("db")
class FinancingModuleTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRenamedStateIsRenamedInEveryFund(Scenario scenario) {
        UUID fund = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        jdbc.sql("""
                insert into financing.fund (id, name, currency, windows, created_at)
                values (?, ?, 'USD', '{partnerships}', now())""").param(fund).param("Fondo " + fund).update();
        jdbc.sql("""
                insert into financing.member (id, fund_id, organisation_id, organisation_name, country, tier, joined_on)
                values (?, ?, ?, 'Ministerio antiguo', 'EC', 'part-2', current_date)""")
                .param(UUID.randomUUID()).param(fund).param(organisation).update();
        scenario.publish(new OrganisationUpdated(new OrganisationId(organisation), "Ministerio renombrado", "state", "EC"))
                .andWaitForStateChange(() -> jdbc.sql("select organisation_name from financing.member where organisation_id = ?")
                        .param(organisation).query(String.class).single(), "Ministerio renombrado"::equals)
                .andVerify(name -> assertThat(name).isEqualTo("Ministerio renombrado"));
    }
}
