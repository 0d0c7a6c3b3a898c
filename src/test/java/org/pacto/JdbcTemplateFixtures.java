package org.pacto;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Classes that {@link ArchitectureTest} imports on their own to show what its JdbcTemplate rule catches. */
final class JdbcTemplateFixtures {

    private JdbcTemplateFixtures() {
    }

    /** Uses a JdbcTemplate: refused. */
    static final class Queries {
        int count(DataSource dataSource) {
            Integer count = new JdbcTemplate(dataSource).queryForObject("select 1", Integer.class);
            return count == null ? 0 : count;
        }
    }

    /** Uses a NamedParameterJdbcTemplate: refused. */
    static final class NamedQueries {
        int count(NamedParameterJdbcTemplate jdbc) {
            Integer count = jdbc.queryForObject("select 1", java.util.Map.of(), Integer.class);
            return count == null ? 0 : count;
        }
    }

    /** Uses JdbcClient: allowed. */
    static final class ClientQueries {
        int count(JdbcClient jdbc) {
            return jdbc.sql("select 1").query(Integer.class).single();
        }
    }
}
