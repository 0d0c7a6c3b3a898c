package org.pacto.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The codings handed to Spring's encoded-file resolver: the server's order, refusals left out (issue 19). */
class PreferredEncodingsTest {

    @Test
    void brotliComesFirstWhateverTheClientsOrder() {
        assertThat(PreferredEncodings.ordered("gzip, deflate, br, zstd")).containsExactly("br", "gzip");
        assertThat(PreferredEncodings.ordered("br, gzip")).containsExactly("br", "gzip");
        assertThat(PreferredEncodings.ordered("GZIP;q=0.8, BR;q=0.5")).containsExactly("br", "gzip");
    }

    @Test
    void refusedAndUnknownCodingsAreLeftOut() {
        assertThat(PreferredEncodings.ordered("br;q=0, gzip")).containsExactly("gzip");
        assertThat(PreferredEncodings.ordered("gzip;q=0.0")).isEmpty();
        assertThat(PreferredEncodings.ordered("deflate, identity")).isEmpty();
        assertThat(PreferredEncodings.ordered("br;q=x")).isEmpty();
    }
}
