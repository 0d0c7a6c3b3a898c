package org.pacto.portability.saved;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.pacto.platform.NotFoundException;
import org.pacto.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portability module with the platform and the framework it names countries from; identity is stubbed. Saved
 * calculations take the acting {@link Actor} and are soft-deleted through platform.Deletion (issue 16, one way).
 */
@ApplicationModuleTest(extraIncludes = {"platform", "taxonomy"})
@ContextConfiguration(initializers = TestDatabase.class)
@TestPropertySource(properties = "pacto.early-database-start=false")
@DirtiesContext // used by this class only: close it, and its connections, when done
class PortabilityModuleTest {

    @MockitoBean
    Actors actors;

    @Autowired
    SavedCalculations saved;
    @Autowired
    JdbcClient jdbc;

    private static Actor person() {
        return new Actor(new PersonId(UUID.randomUUID()), "persona@example.org", "Persona",
                new OrganisationId(UUID.randomUUID()), Set.of(Role.MEMBER));
    }

    @Test
    void aSavedCalculationIsSoftDeletedWithWhoWhenAndWhy() {
        Actor owner = person();
        Actor other = person();
        var kept = saved.save(owner, "Argentina y España", "{\"periods\":[]}", "{\"results\":[]}");
        assertThat(saved.of(owner)).extracting(SavedCalculations.Saved::id).containsExactly(kept.id());
        assertThatThrownBy(() -> saved.delete(other, kept.id(), "")).isInstanceOf(NotFoundException.class);

        saved.delete(owner, kept.id(), "  ");

        assertThat(saved.of(owner)).isEmpty();
        assertThatThrownBy(() -> saved.one(owner, kept.id())).isInstanceOf(NotFoundException.class);
        var row = jdbc.sql("select deleted_at is not null, deleted_by, deletion_reason"
                        + " from portability.saved_calculation where id = :id").param("id", kept.id())
                .query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(row).containsExactly(true, "person:" + owner.person().value(), SavedCalculations.DELETED_BY_OWNER);
        assertThatThrownBy(() -> saved.delete(owner, kept.id(), "again")).isInstanceOf(NotFoundException.class);
    }

    /** The portability/V5 migration: a deletion is recorded whole or not at all. */
    @Test
    void aHalfRecordedDeletionIsRefusedByTheDatabase() {
        var kept = saved.save(person(), "Chile", "{}", "{}");
        assertThatThrownBy(() -> jdbc.sql("update portability.saved_calculation set deleted_at = now() where id = :id")
                .param("id", kept.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
