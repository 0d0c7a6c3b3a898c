package org.pacto.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one store of uploaded files. Where the content lies is chosen by {@code pacto.files.store}: {@code directory}
 * (the default: under {@code <pacto.data-dir>/files/<module>/<uuid>}) or {@code database} (the table
 * {@code platform.stored_file}, which every node of a cluster reaches; issue 17). Modules never see the difference:
 * they {@link #receive}, {@link #keep} and read back with {@link #content}. An upload is first written to
 * a temporary file in the same folder, checked by content ({@link FileKind}), then moved atomically into
 * place by {@link #keep} (in the database, inserted in the surrounding transaction); when that transaction rolls back
 * the kept file is gone again, so a failed metadata insert leaves nothing half-saved.
 *
 * <p>Decision on mismatched names: a file whose name's extension does not belong to the kind its content
 * shows (a {@code .pdf} holding a PNG) is refused with {@code unsupported-file-type}, as is any content of
 * a kind not accepted; empty files are refused with {@code empty-file}, files over 25 MB with
 * {@code too-large}.
 */
@Component
public class FileStore {

    /** Where kept content lies. */
    public enum Location { DIRECTORY, DATABASE }

    private final Path root;
    private final Location location;
    private final @Nullable JdbcClient jdbc;

    /** Files in the data directory only (tests, tools). */
    public FileStore(String dataDirectory) {
        this(dataDirectory, "directory", null);
    }

    @Autowired
    public FileStore(@Value("${pacto.data-dir:./data}") String dataDirectory,
                     @Value("${pacto.files.store:directory}") String location, @Nullable JdbcClient jdbc) {
        this.root = Path.of(dataDirectory).toAbsolutePath().resolve("files");
        this.location = Location.valueOf(location.strip().toUpperCase(java.util.Locale.ROOT));
        if (this.location == Location.DATABASE && jdbc == null) {
            throw new IllegalStateException("pacto.files.store=database needs the database");
        }
        this.jdbc = jdbc;
    }

    /** A checked upload waiting in a temporary file. */
    public record Upload(UUID id, String module, String fileName, FileKind kind, long size, String sha256,
                         Path temporary) implements AutoCloseable {
        /** Removes the temporary file if it was not kept. */
        @Override
        public void close() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    /** Receives and checks an upload; refuses (and removes) it when it is empty, too large or not accepted. */
    public Upload receive(String module, String fileName, InputStream content) {
        String name = cleanName(fileName);
        Path folder = folder(module);
        Path temporary;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, ".upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                size = copyAtMost(content, out, FileKind.MAX_BYTES + 1);
            }
            if (size == 0) {
                throw new InvalidInputException(new FieldProblem("file", "empty-file"));
            }
            if (size > FileKind.MAX_BYTES) {
                throw new InvalidInputException(new FieldProblem("file", "too-large", 25));
            }
            FileKind kind = FileKind.detect(temporary)
                    .orElseThrow(() -> new InvalidInputException(new FieldProblem("file", "unsupported-file-type")));
            if (!kind.matchesName(name)) {
                throw new InvalidInputException(new FieldProblem("file", "unsupported-file-type"));
            }
            return new Upload(UUID.randomUUID(), module, name, kind, size, HexFormat.of().formatHex(sha.digest()),
                    temporary);
        } catch (IOException e) {
            delete(temporary);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(temporary);
            throw e;
        }
    }

    /** Moves the upload into place; deleted again if the current transaction rolls back. */
    public void keep(Upload upload) {
        if (location == Location.DATABASE) {
            try {
                jdbc.sql("insert into platform.stored_file (module, id, content) values (?, ?, ?)")
                        .params(upload.module(), upload.id(), Files.readAllBytes(upload.temporary())).update();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            upload.close();
            return;
        }
        Path target = path(upload.module(), upload.id());
        try {
            try {
                Files.move(upload.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(upload.temporary(), target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(target);
                    }
                }
            });
        }
    }

    /** A kept file's content, wherever it lies. */
    public Resource content(String module, UUID id) {
        if (location == Location.DATABASE) {
            folder(module);
            byte[] bytes = jdbc.sql("select content from platform.stored_file where module = ? and id = ?")
                    .params(module, id).query(byte[].class).optional()
                    .orElseThrow(() -> new IllegalStateException("no stored file " + module + "/" + id));
            return new ByteArrayResource(bytes);
        }
        return new FileSystemResource(path(module, id));
    }

    /** Whether a file was kept under this id. */
    public boolean exists(String module, UUID id) {
        if (location == Location.DATABASE) {
            folder(module);
            return jdbc.sql("select count(*) from platform.stored_file where module = ? and id = ?")
                    .params(module, id).query(Integer.class).single() > 0;
        }
        return Files.exists(path(module, id));
    }

    private Path path(String module, UUID id) {
        return folder(module).resolve(id.toString());
    }

    private Path folder(String module) {
        if (!module.matches("[a-z]+")) {
            throw new IllegalArgumentException("module " + module);
        }
        return root.resolve(module);
    }

    /** The name without any folder part or control characters, at most 200 characters. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
