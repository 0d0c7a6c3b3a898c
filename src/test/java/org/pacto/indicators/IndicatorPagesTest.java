package org.pacto.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages: catalogue, an indicator, a corridor, the observatories and Rivera's dashboard. */
@PactoTest
class IndicatorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void theObservatoryDashboardShowsSyntheticSeriesWithHowTheyWereComputed() {
        var page = Api.at(port).get("/observatories/rivera?lang=es");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Observatorio Departamental de Migraciones", "SINTÉTICOS", "<svg",
                "pop.foreign-born", "10.c.1", "format=sdmx-csv", "Celdas con menos de 5");
        assertThat(page.body()).doesNotContain("style=\"");
        assertThat(Api.at(port).get("/observatories?lang=en").body()).contains("/observatories/rivera",
                "/observatories/brasil");
        assertThat(Api.at(port).get("/observatories/nowhere").status()).isEqualTo(404);
    }

    @Test
    void indicatorAndCorridorPagesShowValuesMethodAndSteps() {
        var catalogue = Api.at(port).get("/indicators?lang=en").body();
        assertThat(catalogue).contains("Remittance costs", "World Bank", "/remittances/BR-UY");
        var indicator = Api.at(port).get("/indicators/10.c.1?lang=en").body();
        assertThat(indicator).contains("Remittance Prices Worldwide method", "SYNTHETIC", "<svg");
        var corridor = Api.at(port).get("/remittances/BR-UY?lang=es");
        assertThat(corridor.status()).isEqualTo(200);
        assertThat(corridor.body()).contains("Corredor de remesas BR-UY", "SmaRT", "media simple");
        assertThat(Api.at(port).get("/remittances/XX-YY").status()).isEqualTo(404);
    }

    @Test
    void objectivePagesListTheirIndicators() {
        assertThat(Api.at(port).get("/objectives/20?lang=en").body()).contains("/indicators/10.c.1", "/indicators/17.3.2");
        assertThat(Api.at(port).get("/objectives/6?lang=en").body()).contains("/indicators/10.7.1");
        assertThat(Api.at(port).get("/objectives/1?lang=en").body()).contains("/observatories");
    }
}
