package org.pacto.platform.web;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line that says where Pacto answers and, in demo mode, where the demo accounts are. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger("pacto");

    private final Environment environment;
    private final boolean demo;
    private final String dataDirectory;

    ReadyBanner(Environment environment, @Value("${pacto.demo:false}") boolean demo,
                @Value("${pacto.data-dir:./data}") String dataDirectory) {
        this.environment = environment;
        this.demo = demo;
        this.dataDirectory = dataDirectory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String accounts = demo ? " — demo accounts in "
                + Path.of(dataDirectory).toAbsolutePath().normalize().resolve("demo-accounts.json") : "";
        log.info("Pacto is ready at http://localhost:{}/{}", port, accounts);
    }
}
