package org.pacto.platform.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each module owns its tables: its migrations live in {@code db/migration/<module>} and run in
 * their own PostgreSQL schema with their own history table, so modules evolve independently.
 * Boot's Flyway initializer still runs before JPA validates the mappings; it hands us its
 * configuration and we run one Flyway per module.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
    /** Modules whose reference data others read at start-up migrate first. */
    private static final List<String> FIRST = List.of("platform", "taxonomy", "identity");

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        for (String module : modules()) {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(module)
                    .createSchemas(true)
                    .locations("classpath:db/migration/" + module)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Module {}: {} migration(s) applied, now at {}", module, result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        }
    }

    static List<String> modules() {
        var found = new TreeSet<String>();
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/*/V*.sql");
            for (Resource script : scripts) {
                String path = script.getURL().toString();
                String folder = path.substring(0, path.lastIndexOf('/'));
                found.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the module migrations", e);
        }
        var ordered = new ArrayList<String>();
        FIRST.stream().filter(found::contains).forEach(ordered::add);
        found.stream().filter(m -> !FIRST.contains(m)).forEach(ordered::add);
        return ordered;
    }
}
