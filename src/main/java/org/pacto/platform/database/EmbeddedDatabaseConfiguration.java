package org.pacto.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
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
        // Connections are opened as needed: several application contexts (tests) share one server of 60.
        dataSource.setMinimumIdle(4);
        // Fail fast when the server is gone (Hikari waits 30 s by default); see DatabaseOutage.
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        dataSource.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        return dataSource;
    }

    /** Long enough for a busy pool to hand over a connection, short enough that nobody waits for a dead server. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

    /** {@code db} in {@code /actuator/health} and readiness: down at once while the server is being restarted. */
    @Bean
    HealthIndicator dbHealthIndicator(EmbeddedPostgres embedded, HikariDataSource dataSource) {
        var query = new DataSourceHealthIndicator(dataSource);
        return () -> {
            var state = embedded.server().watch().state();
            return state == ServerWatch.State.RUNNING && embedded.server().postmasterAlive() ? query.health()
                    : Health.down().withDetail("embedded", state.name()).build();
        };
    }

    @Bean
    ServerStateReport serverStateReport(EmbeddedPostgres embedded, HikariDataSource dataSource,
                                        ApplicationEventPublisher events) {
        return new ServerStateReport(embedded.server().watch(), dataSource, events);
    }

    /**
     * Tells the application what the watch sees: readiness refuses traffic as soon as the server stops
     * (so a load balancer stops sending requests), accepts it again after a restart (once the pool has
     * dropped its broken connections), and liveness turns broken when restarts are exhausted.
     */
    static final class ServerStateReport implements InitializingBean, DisposableBean,
            Consumer<ServerWatch.State> {
        private final ServerWatch watch;
        private final HikariDataSource dataSource;
        private final ApplicationEventPublisher events;

        ServerStateReport(ServerWatch watch, HikariDataSource dataSource, ApplicationEventPublisher events) {
            this.watch = watch;
            this.dataSource = dataSource;
            this.events = events;
        }

        @Override
        public void accept(ServerWatch.State state) {
            switch (state) {
                case RESTARTING -> AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
                case RUNNING -> {
                    var pool = dataSource.getHikariPoolMXBean();
                    if (pool != null) {
                        pool.softEvictConnections();
                    }
                    AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
                }
                case GAVE_UP -> AvailabilityChangeEvent.publish(events, this, LivenessState.BROKEN);
            }
        }

        @Override
        public void afterPropertiesSet() {
            watch.subscribe(this);
        }

        @Override
        public void destroy() {
            watch.unsubscribe(this);
        }
    }

}
