package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api} describes each module in the page's language (the bundles' {@code apidoc.tag.*}); the
 * operations' descriptions stay in the document's English, marked {@code lang="en"}, and the page says so.
 */
@PactoTest
class ApiReferencePageTest {

    @LocalServerPort
    int port;

    @Test
    void moduleDescriptionsAreInThePageLanguageAndOperationsInEnglish() {
        String french = Api.at(port).get("/api?lang=fr").body();
        assertThat(french).contains("<p class=\"api-module-description\">L&#39;initiative des engagements")
                .contains("la langue du document OpenAPI")
                .doesNotContain("<p lang=\"en\" class=\"api-module-description\">")
                .containsPattern("<p lang=\"en\">[^<]*token");
        String spanish = Api.at(port).get("/api?lang=es").body();
        assertThat(spanish).contains("<p class=\"api-module-description\">El repositorio de buenas prácticas");
    }
}
