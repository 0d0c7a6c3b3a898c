package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pacto.identity.OrganisationDeleted;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.pledges.domain.Pledge;
import org.pacto.pledges.domain.PledgeRepository;
import org.pacto.pledges.domain.PledgeStatus;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pledges module started with only the modules it depends on (platform, taxonomy, identity): it reacts to
 * identity's events on its own, with no other module present.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("db")
class PledgesModuleTest {

    @Autowired
    PledgeRepository repository;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anOrganisationsNewNameReachesItsPledgesAsLeadAndAsCoSignatory(Scenario scenario) {
        UUID lead = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID led = save(lead, partner);
        UUID signed = save(UUID.randomUUID(), lead);
        scenario.publish(new OrganisationUpdated(new OrganisationId(lead), "Municipio renombrado", "state", "AR"))
                .andWaitForStateChange(() -> read(led).organisationName(), "Municipio renombrado"::equals)
                .andVerify(name -> {
                    assertThat(read(led).organisationKind()).isEqualTo("state");
                    assertThat(read(signed).signatories()).singleElement()
                            .satisfies(s -> assertThat(s.organisationName()).isEqualTo("Municipio renombrado"));
                    assertThat(read(led).signatories().getFirst().organisationName()).isEqualTo("Socia");
                });
    }

    @Test
    void aRemovedOrganisationsUnpublishedPledgesGoWithItAndItsPublishedOnesStay(Scenario scenario) {
        UUID organisation = UUID.randomUUID();
        UUID draft = save(organisation, UUID.randomUUID());
        UUID published = transaction.execute(status -> {
            Pledge pledge = new Pledge(organisation, "Municipio", "local-authority",
                    PledgeFixture.details(List.of(PledgeFixture.target())));
            pledge.restore(PledgeStatus.PUBLISHED, java.time.Instant.now());
            return repository.save(pledge).id();
        });
        scenario.publish(new OrganisationDeleted(new OrganisationId(organisation)))
                .andWaitForStateChange(() -> read(draft).deleted(), Boolean::booleanValue)
                .andVerify(deleted -> assertThat(read(published).deleted()).isFalse());
    }

    private UUID save(UUID organisation, UUID partner) {
        return transaction.execute(status -> {
            Pledge pledge = new Pledge(organisation, "Municipio", "local-authority",
                    PledgeFixture.details(List.of(PledgeFixture.target())));
            pledge.addAcceptedSignatory(partner, "Socia");
            return repository.save(pledge).id();
        });
    }

    private Pledge read(UUID id) {
        return transaction.execute(status -> {
            Pledge pledge = repository.findById(id).orElseThrow();
            pledge.signatories().size();
            return pledge;
        });
    }
}
