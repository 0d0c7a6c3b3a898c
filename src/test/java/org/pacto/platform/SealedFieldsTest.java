package org.pacto.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealed fields: the key outside the database, bound values, rotation, and a blind index that survives it. */
class SealedFieldsTest {

    static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aValueOpensOnlyForItsOwnRecordAndFieldAndIsNotReadableSealed() {
        var fields = new SealedFields("k1:" + key(1), "/nonexistent");
        byte[] sealed = fields.seal("María José", "dialogue.registration.name:1");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("María");
        assertThat(fields.open(sealed, "dialogue.registration.name:1")).isEqualTo("María José");
        assertThatThrownBy(() -> fields.open(sealed, "dialogue.registration.name:2"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(fields.seal("María José", "c")).as("a fresh nonce each time").isNotEqualTo(fields.seal("María José", "c"));
        assertThatThrownBy(() -> fields.open(new byte[] {1, 2}, "c")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldValuesOpenNewOnesUseTheNewKeyAndIndexesStayTheSame() {
        var before = new SealedFields("k1:" + key(1), "/nonexistent");
        var after = new SealedFields("k1:" + key(1) + ",k2:" + key(2), "/nonexistent");
        byte[] old = before.seal("ana@example.org", "e:1");
        assertThat(after.open(old, "e:1")).isEqualTo("ana@example.org");
        byte[] fresh = after.seal("ana@example.org", "e:1");
        assertThatThrownBy(() -> before.open(fresh, "e:1")).as("sealed with k2, unknown before")
                .isInstanceOf(IllegalStateException.class);
        assertThat(after.index("ana@example.org", "p")).isEqualTo(before.index("ana@example.org", "p"));
        assertThat(before.index("ana@example.org", "p")).isNotEqualTo(before.index("ana@example.org", "q"))
                .isNotEqualTo(before.index("bea@example.org", "p")).doesNotContain("ana");
        assertThat(new SealedFields("k1:" + key(3), "/nonexistent").index("ana@example.org", "p"))
                .as("another installation's key gives another index").isNotEqualTo(before.index("ana@example.org", "p"));
    }

    @Test
    void withoutAnEnvironmentKeyAnOwnerOnlyFileIsCreatedOnceAndKept(@TempDir Path data) throws Exception {
        var first = new SealedFields("", data.toString());
        Path file = data.resolve("keys/fields.keys");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        byte[] sealed = first.seal("x", "c");
        assertThat(new SealedFields("", data.toString()).open(sealed, "c")).as("the next start reads the same key")
                .isEqualTo("x");
    }

    @Test
    void aKeyOfTheWrongLengthOrFormIsRefusedAtStart() {
        assertThatThrownBy(() -> new SealedFields("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "/x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SealedFields("nocolon", "/x")).isInstanceOf(IllegalStateException.class);
    }
}
