package org.pacto.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, so that it boots while
 * Spring scans, builds beans and starts Tomcat; the data source then finds it ready (cold start).
 * Registered in {@code META-INF/spring.factories}.
 */
public class EarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() && environment.getProperty("pacto.early-database-start", Boolean.class, true)) {
            SharedServers.prestart(Path.of(environment.getProperty("pacto.data-dir", "./data"))
                    .toAbsolutePath().normalize());
        }
    }
}
