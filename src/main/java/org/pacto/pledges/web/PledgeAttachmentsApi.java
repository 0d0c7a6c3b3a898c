package org.pacto.pledges.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actors;
import org.pacto.platform.Attachments.Attachment;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.pledges.domain.PledgeAttachments;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A pledge's attachments: upload (those who may edit the pledge), list and download (its readers). */
@RestController
@RequestMapping("/api/v1/pledges/{id}/attachments")
class PledgeAttachmentsApi {

    private final PledgeAttachments attachments;
    private final Actors actors;

    PledgeAttachmentsApi(PledgeAttachments attachments, Actors actors) {
        this.attachments = attachments;
        this.actors = actors;
    }

    @Operation(summary = "Attach a file to a pledge",
            description = "Uploads evidence (PDF, office document or image, typed by content, at most 25 MB) to a pledge. Its organisation only. Answers 201.")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentAnswer> upload(@PathVariable String id,
                                            @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        var actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        UUID pledge = PledgesApi.parse(id);
        if (file == null) {
            throw new InvalidInputException(new FieldProblem("file", "empty-file"));
        }
        try (var in = file.getInputStream()) {
            var added = attachments.add(actor, pledge, String.valueOf(file.getOriginalFilename()), in);
            return ResponseEntity.created(URI.create("/api/v1/pledges/" + pledge + "/attachments/" + added.id()))
                    .body(AttachmentAnswer.of(added, pledge));
        }
    }

    @Operation(summary = "List a pledge's attachments",
            description = "The files attached to a pledge the caller may see (public for published pledges).")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @GetMapping
    List<AttachmentAnswer> list(@PathVariable String id) {
        UUID pledge = PledgesApi.parse(id);
        return attachments.list(actors.current(), pledge).stream().map(a -> AttachmentAnswer.of(a, pledge)).toList();
    }

    @Operation(summary = "Download a pledge's attachment",
            description = "The file itself, as an attachment (`Content-Disposition: attachment`, `nosniff`).")
    @Parameter(name = "id", description = "The pledge's id.", schema = @Schema(format = "uuid"))
    @Parameter(name = "attachment", description = "The attachment's id.", schema = @Schema(format = "uuid"))
    @GetMapping("/{attachment}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachment) {
        UUID pledge = PledgesApi.parse(id);
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(attachment);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("attachment", attachment);
        }
        return attachments.download(attachments.find(actors.current(), pledge, attachmentId));
    }

    /** One attachment as the API shows it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "PledgeAttachment", description = "A file attached to a pledge.")
    record AttachmentAnswer(String id, String fileName, String mediaType, long size, String sha256,
                            Instant uploadedAt, String href) {
        static AttachmentAnswer of(Attachment a, UUID pledge) {
            return new AttachmentAnswer(a.id().toString(), a.fileName(), a.mediaType(), a.size(), a.sha256(),
                    a.uploadedAt(), "/api/v1/pledges/" + pledge + "/attachments/" + a.id());
        }
    }
}
