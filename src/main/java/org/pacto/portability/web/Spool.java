package org.pacto.portability.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;

/**
 * A batch request body read to its end before any result is written: in memory up to 8 MB, beyond
 * that in a temporary file readable only by the application and deleted on close.
 */
final class Spool implements AutoCloseable {

    private static final int IN_MEMORY = 8 << 20;

    private final byte @Nullable [] bytes;
    private final @Nullable Path file;
    private @Nullable InputStream opened;

    private Spool(byte @Nullable [] bytes, @Nullable Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    static Spool of(InputStream body) throws IOException {
        var memory = new ByteArrayOutputStream(64 << 10);
        byte[] buffer = new byte[64 << 10];
        int read;
        while ((read = body.read(buffer)) >= 0) {
            memory.write(buffer, 0, read);
            if (memory.size() > IN_MEMORY) {
                return toFile(memory, body, buffer);
            }
        }
        return new Spool(memory.toByteArray(), null);
    }

    private static Spool toFile(ByteArrayOutputStream head, InputStream rest, byte[] buffer) throws IOException {
        Path file = Files.createTempFile("pacto-batch-", ".spool",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file)) {
            head.writeTo(out);
            int read;
            while ((read = rest.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Spool(null, file);
    }

    BufferedReader reader() throws IOException {
        InputStream in = bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
        opened = in;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        if (opened != null) {
            opened.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
