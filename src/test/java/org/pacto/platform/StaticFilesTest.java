package org.pacto.platform;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 over real HTTP: pages link static files by content hash; those are cached a year
 * ({@code immutable}) and sent in the precompressed form the client accepts (Brotli, gzip) with
 * {@code Vary: Accept-Encoding}; pages are not cached so; JSON answers are compressed on the fly.
 */
@PactoTest
class StaticFilesTest {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String linked(String html, String pattern) {
        var m = Pattern.compile(pattern).matcher(html);
        assertThat(m.find()).as("a link matching %s", pattern).isTrue();
        return m.group();
    }

    @Test
    void hashedStaticFilesAreImmutableAndPrecompressed() throws Exception {
        String html = new String(get("/pledges/map?lang=es", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        String css = linked(html, "/css/pacto-[0-9a-f]{32}\\.css");
        String htmx = linked(html, "/webjars/htmx.org/dist/htmx.min-[0-9a-f]{32}\\.js");
        String leaflet = linked(html, "/webjars/leaflet/dist/leaflet-[0-9a-f]{32}\\.js");
        String geo = linked(html, "/geo/countries-110m-[0-9a-f]{32}\\.geojson");
        assertThat(html).doesNotContain("echarts");

        for (String path : java.util.List.of(css, htmx, leaflet, geo)) {
            var plain = get(path, null);
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(plain.headers().firstValue("Cache-Control")).as(path)
                    .hasValue("public, max-age=31536000, immutable");

            var gzip = get(path, "gzip");
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(gzip.headers().allValues("Vary").toString()).as(path).contains("Accept-Encoding");
            assertThat(gzip.body().length).as(path).isLessThan(plain.body().length / 2);
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertThat(in.readAllBytes()).as(path).isEqualTo(plain.body());
            }
        }
    }

    /**
     * Brotli whenever the client accepts it. Browsers list gzip first ({@code gzip, deflate, br, zstd}); Spring
     * took the first listed and cached that answer for every client accepting both, so after one browser visit
     * nobody got Brotli (the bug of 2026-12-02, fixed by {@code platform.web.PreferredEncodings}). The file is
     * asked the way a browser asks first, then with {@code br} first: Brotli both times.
     */
    @Test
    void brotliIsServedToClientsThatAcceptIt() throws Exception {
        String html = new String(get("/pledges/map?lang=es", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        for (String path : java.util.List.of(linked(html, "/css/pacto-[0-9a-f]{32}\\.css"),
                linked(html, "/webjars/htmx.org/dist/htmx.min-[0-9a-f]{32}\\.js"), "/js/pacto.js")) {
            var browser = get(path, "gzip, deflate, br, zstd");
            assertThat(browser.headers().firstValue("Content-Encoding")).as(path + " to a browser").hasValue("br");
            var gzip = get(path, "gzip");
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            var brotli = get(path, "br, gzip");
            assertThat(brotli.headers().firstValue("Content-Encoding")).as(path).hasValue("br");
            assertThat(brotli.headers().allValues("Vary").toString()).as(path).contains("Accept-Encoding");
            assertThat(brotli.body().length).as(path).isLessThan(gzip.body().length);
            assertThat(get(path, "br;q=0, gzip").headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
    }

    @Test
    void cssLinksInsideStylesheetsAreHashedToo() throws Exception {
        String html = new String(get("/pledges/map?lang=es", null).body(), java.nio.charset.StandardCharsets.UTF_8);
        String leafletCss = linked(html, "/webjars/leaflet/dist/leaflet-[0-9a-f]{32}\\.css");
        String css = new String(get(leafletCss, null).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(css).containsPattern("images/layers-[0-9a-f]{32}\\.png");
    }

    @Test
    void unhashedFilesAndPagesAreNotCachedForAYear() throws Exception {
        assertThat(get("/css/pacto.css", null).headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=3600, must-revalidate");
        var page = get("/pledges?lang=es", "gzip");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable", "max-age=3");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void jsonAndGeoJsonAnswersAreCompressed() throws Exception {
        var json = get("/api/v1/pledges?size=20", "gzip");
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.headers().firstValue("Content-Encoding")).hasValue("gzip");
        var geo = get("/api/v1/pledges.geojson", "gzip");
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(geo.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
