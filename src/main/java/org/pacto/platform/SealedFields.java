package org.pacto.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals personal fields with AES-256-GCM under keys that never enter the database, for any module that stores
 * them (first user: the dialogue module's registrants). Keys come from {@code PACTO_FIELD_KEYS}
 * ({@code id:base64,id:base64}) or the file {@code <data-dir>/keys/fields.keys} (one {@code id base64} per line),
 * created on first start readable by its owner only. The last key seals; every listed key opens, since each sealed
 * value names its key: rotate by adding a line and restarting, and keep old lines while values sealed with them
 * remain. A sealed value is bound to its record and field (GCM associated data): copied elsewhere it does not open.
 *
 * <p>A sealed value cannot be searched, so equality look-ups (one registration per e-mail) go through a blind
 * index: an HMAC-SHA256 of the normalised value under a key derived from the <em>first</em> listed key, so that
 * rotating the sealing key leaves every index valid. The first line is therefore never removed while indexed values
 * remain. (The services module seals with its own {@code services.keys} and {@code FieldCipher}, written earlier;
 * the two formats are the same, so it can move here without resealing.)
 */
@Component
public class SealedFields {

    private static final String FILE = "keys/fields.keys";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte FORMAT = 1;

    private final Map<String, SecretKeySpec> keys;
    private final String current;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public SealedFields(@Value("${PACTO_FIELD_KEYS:}") String fromEnvironment,
                 @Value("${pacto.data-dir:./data}") String dataDirectory) {
        Map<String, String> encoded = fromEnvironment.isBlank()
                ? fromFile(Path.of(dataDirectory).toAbsolutePath().normalize().resolve(FILE))
                : parse(List.of(fromEnvironment.split(",")), ":");
        if (encoded.isEmpty()) {
            throw new IllegalStateException("no key for sealed fields (PACTO_FIELD_KEYS or " + FILE + ")");
        }
        Map<String, SecretKeySpec> read = new LinkedHashMap<>();
        String last = "";
        for (var entry : encoded.entrySet()) {
            byte[] key = Base64.getDecoder().decode(entry.getValue());
            if (key.length != 32) {
                throw new IllegalStateException("field key " + entry.getKey() + " is not 32 bytes");
            }
            if (entry.getKey().length() > 100) {
                throw new IllegalStateException("a field key's id has at most 100 characters");
            }
            read.put(entry.getKey(), new SecretKeySpec(key, "AES"));
            last = entry.getKey();
        }
        this.keys = Map.copyOf(read);
        this.current = last;
        this.indexKey = new SecretKeySpec(hmac(read.values().iterator().next().getEncoded(),
                "pacto/blind-index/v1"), "HmacSHA256");
    }

    /** Seals a value for one field of one record ({@code context}, e.g. {@code dialogue.registration.name:<id>}). */
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
        } catch (GeneralSecurityException | java.nio.BufferUnderflowException e) {
            throw new IllegalStateException("a sealed field does not open", e);
        }
    }

    /**
     * The blind index of a value for one purpose (e.g. {@code dialogue.registration.email}): equal values give equal
     * indexes, and without the key nobody can tell which value an index stands for. The caller normalises first
     * (case, spaces), as equality should.
     */
    public String index(String value, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot index a field", e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the index key", e);
        }
    }

    private Map<String, String> fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return parse(Files.readAllLines(file), " ");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the field key file " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        byte[] key = new byte[32];
        random.nextBytes(key);
        // CREATE_NEW: a key written by another start is never overwritten (that would lose what it sealed).
        try (var channel = Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            channel.write(ByteBuffer.wrap(("k1 " + Base64.getEncoder().encodeToString(key) + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
        } catch (FileAlreadyExistsException raced) {
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
                throw new IllegalStateException("a field key is written as <id>" + separator + "<base64>");
            }
            parsed.put(trimmed.substring(0, at).strip(), trimmed.substring(at + 1).strip());
        }
        return parsed;
    }
}
