package org.pacto.platform;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attachments of one module's records: metadata rows in the module's own {@code <schema>.attachment}
 * table (owner column named by the module), content in the {@link FileStore}. Not a bean: each module
 * makes its own and calls it inside its own transactions, after deciding who may do what.
 */
public final class Attachments {

    /** One attachment's metadata. */
    public record Attachment(UUID id, UUID owner, String fileName, String mediaType, long size, String sha256,
                             Instant uploadedAt) {
    }

    private final JdbcClient jdbc;
    private final FileStore store;
    private final AuditTrail audit;
    private final String module;
    private final String recordType;
    private final String table;
    private final String ownerColumn;

    public Attachments(JdbcClient jdbc, FileStore store, AuditTrail audit, String module, String recordType,
                       String ownerColumn) {
        if (!module.matches("[a-z]+") || !ownerColumn.matches("[a-z_]+")) {
            throw new IllegalArgumentException("names");
        }
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
        this.module = module;
        this.recordType = recordType;
        this.table = module + ".attachment";
        this.ownerColumn = ownerColumn;
    }

    /** Checks, stores and records an upload; call inside a transaction (a failed insert removes the file). */
    public Attachment add(UUID owner, UUID uploadedBy, String fileName, InputStream content) {
        try (var upload = store.receive(module, fileName, content)) {
            Instant now = Instant.now();
            store.keep(upload);
            jdbc.sql("insert into " + table + " (id, " + ownerColumn
                            + ", file_name, media_type, size, sha256, uploaded_by, uploaded_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(upload.id(), owner, upload.fileName(), upload.kind().mediaType(), upload.size(),
                            upload.sha256(), uploadedBy, Timestamp.from(now))
                    .update();
            audit.changed(recordType, owner.toString(), "attachment-added", Map.of("attachment",
                    upload.id().toString(), "fileName", upload.fileName(), "mediaType", upload.kind().mediaType(),
                    "size", upload.size(), "sha256", upload.sha256()));
            return new Attachment(upload.id(), owner, upload.fileName(), upload.kind().mediaType(), upload.size(),
                    upload.sha256(), now);
        }
    }

    public List<Attachment> list(UUID owner) {
        return jdbc.sql("select id, " + ownerColumn + " as owner, file_name, media_type, size, sha256, uploaded_at"
                        + " from " + table + " where " + ownerColumn + " = ? and deleted_at is null"
                        + " order by uploaded_at, file_name")
                .param(owner)
                .query((rs, n) -> new Attachment(rs.getObject("id", UUID.class), rs.getObject("owner", UUID.class),
                        rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"),
                        rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    public Optional<Attachment> find(UUID owner, UUID id) {
        return list(owner).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The file as a download: its detected type, never rendered inline, never sniffed. */
    public ResponseEntity<Resource> download(Attachment attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.mediaType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(store.content(module, attachment.id()));
    }
}
