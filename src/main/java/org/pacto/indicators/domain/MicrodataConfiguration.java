package org.pacto.indicators.domain;

import java.nio.file.Path;
import org.pacto.indicators.data.DuckDbMicrodata;
import org.pacto.indicators.data.Microdata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The microdata engine on {@code <data-dir>/indicators/}; closed with the application. */
@Configuration(proxyBeanMethods = false)
class MicrodataConfiguration {

    @Bean(destroyMethod = "close")
    DuckDbMicrodata microdata(@Value("${pacto.data-dir:./data}") String dataDirectory) {
        return new DuckDbMicrodata(Path.of(dataDirectory, "indicators"));
    }

}
