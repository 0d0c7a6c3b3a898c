package org.pacto.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the test database: a fresh data directory (and so a fresh embedded
 * PostgreSQL) per test JVM, or the external server when {@code pacto.test.external-db=true}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Path DATA_DIRECTORY = createDataDirectory();

    public static boolean external() {
        return Boolean.getBoolean("pacto.test.external-db");
    }

    public static Path dataDirectory() {
        return DATA_DIRECTORY;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("pacto.data-dir", DATA_DIRECTORY.toString());
        if (external()) {
            properties.put("spring.datasource.url", require("PACTO_EXTERNAL_DB_URL"));
            properties.put("spring.datasource.username", System.getenv().getOrDefault("PACTO_EXTERNAL_DB_USER", "pacto"));
            properties.put("spring.datasource.password", System.getenv().getOrDefault("PACTO_EXTERNAL_DB_PASSWORD", ""));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pacto-test", properties));
    }

    private static String require(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " must name the external PostgreSQL for this pass");
        }
        return value;
    }

    private static Path createDataDirectory() {
        try {
            Path base = Path.of(System.getProperty("pacto.test.data-root", "target/test-data"));
            Files.createDirectories(base);
            return Files.createTempDirectory(base.toAbsolutePath(), "run-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
