package org.pacto.practices;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PactoTest
class PracticeSpreadsheetTest {

    @LocalServerPort
    int port;

    @Test
    void searchResultsDownloadAsASpreadsheetWithTheSameFilters() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/practices/export.xlsx?objective=1")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("title");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
            var titles = new java.util.ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(1).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(8).getStringCellValue()).contains("1");
            }
            assertThat(titles).anyMatch(t -> t.contains("Censo Demográfico 2022"));
        }
        var page = Api.at(port).get("/practices?objective=1");
        assertThat(page.body()).contains("/practices/export.xlsx?objective=1");
    }
}
