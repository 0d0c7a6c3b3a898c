package org.pacto.services.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM sealing: round trip, binding to record and field, the key file's creation and rotation. */
class FieldCipherTest {

    @TempDir
    Path data;

    @Test
    void aSealedValueOpensOnlyInItsOwnContextAndHidesThePlainText() {
        var cipher = new FieldCipher("", data.toString());
        byte[] sealed = cipher.seal("María Pérez", "case_file.name:1");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("María").doesNotContain("Pérez");
        assertThat(cipher.open(sealed, "case_file.name:1")).isEqualTo("María Pérez");
        assertThatThrownBy(() -> cipher.open(sealed, "case_file.name:2")).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.seal("María Pérez", "case_file.name:1")).isNotEqualTo(sealed);
    }

    @Test
    void theKeyFileIsCreatedOnceReadableByItsOwnerOnly() throws Exception {
        var first = new FieldCipher("", data.toString());
        Path file = data.resolve("keys/services.keys");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        byte[] sealed = first.seal("dato", "x");
        assertThat(new FieldCipher("", data.toString()).open(sealed, "x")).isEqualTo("dato");
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() throws Exception {
        var before = new FieldCipher("", data.toString());
        byte[] old = before.seal("antes", "x");
        Path file = data.resolve("keys/services.keys");
        Files.writeString(file, Files.readString(file) + "k2 " + Base64.getEncoder().encodeToString(new byte[32])
                + "\n");
        var after = new FieldCipher("", data.toString());
        assertThat(after.open(old, "x")).isEqualTo("antes");
        assertThat(after.current(old)).isFalse();
        assertThat(after.current(after.seal("después", "x"))).isTrue();
    }

    @Test
    void theEnvironmentVariableWinsOverTheFile() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        var cipher = new FieldCipher("env1:" + key, data.toString());
        assertThat(cipher.open(cipher.seal("x", "c"), "c")).isEqualTo("x");
        assertThat(Files.exists(data.resolve("keys/services.keys"))).isFalse();
    }

    @Test
    void aClusterRefusesToMakeAKeyFileOfItsOwn() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FieldCipher("", data.toString(), true))
                .hasMessageContaining("PACTO_SERVICES_KEYS");
    }
}
