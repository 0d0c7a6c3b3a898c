package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deprecation policy of docs/api-changes.md on a real renamed address: the old
 * {@code /api/v1/practices/collections} still answers, with {@code Deprecation} (RFC 9745), {@code Sunset}
 * (RFC 8594) and the successor's {@code Link}; the new address answers without them; the document lists
 * only the new one.
 */
@PactoTest
class DeprecationHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void theOldAddressAnswersWithItsSunsetAndTheNewOneWithout() {
        Api api = Api.at(port);
        var old = api.get("/api/v1/practices/collections?featured=true");
        assertThat(old.status()).isEqualTo(200);
        // 2026-12-02T00:00:00Z
        assertThat(old.header("Deprecation")).isEqualTo("@1796169600");
        assertThat(old.header("Sunset")).isEqualTo("Wed, 30 Jun 2027 00:00:00 GMT");
        assertThat(old.header("Link")).isEqualTo("</api/v1/practice-collections>; rel=\"successor-version\"");

        var renamed = api.get("/api/v1/practice-collections?featured=true");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body()).isEqualTo(old.body());
        assertThat(renamed.header("Deprecation")).isNull();
        assertThat(renamed.header("Sunset")).isNull();

        var unknown = api.get("/api/v1/practices/collections/" + java.util.UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Sunset")).as("refusals carry the sunset too").isNotNull();
        assertThat(unknown.header("Link")).startsWith("</api/v1/practice-collections/");

        var paths = api.get("/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/practice-collections/{id}")).isTrue();
        assertThat(paths.has("/api/v1/practices/collections/{id}")).isFalse();
    }
}
