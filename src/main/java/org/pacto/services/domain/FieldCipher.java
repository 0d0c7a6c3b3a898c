package org.pacto.services.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the sensitive fields of cards, cases and referrals with AES-256-GCM under a key that never enters the
 * database: {@code PACTO_SERVICES_KEYS} ({@code id:base64,id:base64}, the last one current) or the file
 * {@code <data-dir>/keys/services.keys} (one {@code id base64} per line, the last one current), which is created
 * on first start, readable by its owner only. Each sealed value carries the id of its key, so keys rotate by
 * adding a line (see the module's package documentation), and is bound to its record and field (the GCM
 * associated data), so a value copied into another row or column does not open.
 */
@Component
public class FieldCipher {

    private static final String FILE = "keys/services.keys";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;

    private final Map<String, SecretKeySpec> keys;
    private final String current;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(String fromEnvironment, String dataDirectory) {
        this(fromEnvironment, dataDirectory, false);
    }

    @org.springframework.beans.factory.annotation.Autowired
    FieldCipher(@Value("${PACTO_SERVICES_KEYS:}") String fromEnvironment,
                @Value("${pacto.data-dir:./data}") String dataDirectory,
                @Value("${pacto.cluster:false}") boolean cluster) {
        if (cluster && fromEnvironment.isBlank()) {
            // a key file made by one node would be unknown to the others (issue 17, docs/deploy.md)
            throw new IllegalStateException("a cluster needs PACTO_SERVICES_KEYS, the same on every node");
        }
        Map<String, String> encoded = fromEnvironment.isBlank()
                ? fromFile(Path.of(dataDirectory).toAbsolutePath().normalize().resolve(FILE))
                : parse(List.of(fromEnvironment.split(",")), ":");
        if (encoded.isEmpty()) {
            throw new IllegalStateException("no key for the services module's sealed fields");
        }
        Map<String, SecretKeySpec> read = new LinkedHashMap<>();
        String last = "";
        for (var entry : encoded.entrySet()) {
            byte[] key = Base64.getDecoder().decode(entry.getValue());
            if (key.length != 32) {
                throw new IllegalStateException("services key " + entry.getKey() + " is not 32 bytes");
            }
            read.put(entry.getKey(), new SecretKeySpec(key, "AES"));
            last = entry.getKey();
        }
        this.keys = Map.copyOf(read);
        this.current = last;
    }

    /** Seals a value for one field of one record ({@code context}, e.g. {@code case_file.name:<id>}). */
    public byte[] seal(String plain, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] id = current.getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(2 + id.length + IV_BYTES + sealed.length).put(FORMAT).put((byte) id.length)
                    .put(id).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a field", e);
        }
    }

    /** Opens a value sealed for the same context; a value of another record or field does not open. */
    public String open(byte[] sealed, String context) {
        try {
            ByteBuffer in = ByteBuffer.wrap(sealed);
            if (in.get() != FORMAT) {
                throw new IllegalStateException("unknown sealed format");
            }
            byte[] id = new byte[in.get()];
            in.get(id);
            var key = keys.get(new String(id, StandardCharsets.US_ASCII));
            if (key == null) {
                throw new IllegalStateException("sealed with a key that is no longer configured");
            }
            byte[] iv = new byte[IV_BYTES];
            in.get(iv);
            byte[] body = new byte[in.remaining()];
            in.get(body);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(body), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed field does not open", e);
        }
    }

    /** Whether a value was sealed with the current key (older ones are resealed on the next write or rotation). */
    public boolean current(byte[] sealed) {
        int length = sealed[1];
        return new String(sealed, 2, length, StandardCharsets.US_ASCII).equals(current);
    }

    private Map<String, String> fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return parse(Files.readAllLines(file), " ");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the services key file " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        byte[] key = new byte[32];
        random.nextBytes(key);
        // CREATE_NEW: a key written by another start is never overwritten (that would lose what it sealed)
        try (var channel = Files.newByteChannel(file, java.util.Set.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")))) {
            channel.write(ByteBuffer.wrap(("k1 " + Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another start created it first: use that one
        }
    }

    private static Map<String, String> parse(List<String> lines, String separator) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int at = trimmed.indexOf(separator);
            if (at < 1) {
                throw new IllegalStateException("a services key is written as <id>" + separator + "<base64>");
            }
            parsed.put(trimmed.substring(0, at).strip(), trimmed.substring(at + 1).strip());
        }
        return parsed;
    }
}
