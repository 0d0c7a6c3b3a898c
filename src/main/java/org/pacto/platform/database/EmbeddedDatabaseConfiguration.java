package org.pacto.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} Pacto runs its own PostgreSQL in the data directory; with
 * it (e.g. {@code SPRING_DATASOURCE_URL}) Spring Boot connects to that server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgres embeddedPostgres(@Value("${pacto.data-dir:./data}") String dataDirectory) {
        return new EmbeddedPostgres(SharedServers.acquire(Path.of(dataDirectory).toAbsolutePath().normalize()));
    }

    /** Released after the pool that depends on it has closed (Spring destroys dependants first). */
    record EmbeddedPostgres(PostgresServer server) implements org.springframework.beans.factory.DisposableBean {
        @Override
        public void destroy() {
            SharedServers.release(server);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres embedded) {
        PostgresServer server = embedded.server();
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("pacto");
        return dataSource;
    }

}
