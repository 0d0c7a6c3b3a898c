package org.pacto.practices.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, item 10: an index left readable by everyone (as Lucene's default umask writes it) is made private. */
class PrivateIndexDirectoryTest {

    @Test
    void everyDirectoryBecomes0700AndEveryFile0600(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("index");
        Path segment = root.resolve("practice").resolve("_0.cfs");
        Files.createDirectories(segment.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(segment, "terms");
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-r--r--"));

        PrivateIndexDirectory.restrict(root);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(segment.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(segment))).isEqualTo("rw-------");
    }

    @Test
    void aMissingRootIsCreatedPrivate(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("data").resolve("index");
        PrivateIndexDirectory.restrict(root);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
    }
}
