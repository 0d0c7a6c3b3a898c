package org.pacto.identity;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Outside demo mode there is no default account: the first admin comes from the environment. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "pacto.demo=false", "pacto.early-database-start=false", "pacto.admin.email=primera@ministerio.example",
    "pacto.admin.password=una-clave-de-arranque", "pacto.admin.organisation=Ministerio de Prueba"})
@ContextConfiguration(initializers = FirstAdminTest.FreshDataDirectory.class)
class FirstAdminTest {

    @LocalServerPort
    int port;

    @Test
    void theFirstAdminComesFromTheEnvironmentAndThereIsNoDemoAccount() throws Exception {
        var browser = Api.at(port);
        var signedIn = browser.submitForm("/login", "/login", Map.of("username", "primera@ministerio.example",
                "password", "una-clave-de-arranque"));
        assertThat(signedIn.header("Location")).endsWith("/profile");
        assertThat(browser.get("/profile").body()).contains("Ministerio de Prueba");
        var demo = Api.at(port).submitForm("/login", "/login", Map.of("username", "admin@pacto.demo",
                "password", "demo"));
        assertThat(demo.header("Location")).contains("/login?error");
        assertThat(Files.exists(FreshDataDirectory.directory.resolve("demo-accounts.json"))).isFalse();
    }

    static class FreshDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        static java.nio.file.Path directory;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                directory = Files.createTempDirectory(Files.createDirectories(
                        java.nio.file.Path.of("target/test-data").toAbsolutePath()), "first-admin-");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh",
                    Map.of("pacto.data-dir", directory.toString())));
        }
    }
}
