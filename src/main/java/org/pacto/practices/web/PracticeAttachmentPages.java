package org.pacto.practices.web;

import java.io.IOException;
import java.util.UUID;
import org.pacto.identity.Actors;
import org.pacto.platform.AttachmentPanel;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.practices.domain.PracticeAttachments;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments panel of the practice edit and reading pages (the template calls {@link #panel}), the upload form's target
 * and downloads for signed-in readers of practices that are not public yet.
 */
@PageController
public class PracticeAttachmentPages {

    private final PracticeAttachments attachments;
    private final Actors actors;

    PracticeAttachmentPages(PracticeAttachments attachments, Actors actors) {
        this.attachments = attachments;
        this.actors = actors;
    }

    /** The panel for a practice the visitor already sees. */
    public AttachmentPanel panel(String practiceId) {
        var actor = actors.current();
        return new AttachmentPanel(attachments.list(actor, practiceId), "/practices/" + practiceId + "/attachments",
                attachments.mayEdit(actor, practiceId));
    }

    @PostMapping("/practices/{id:[0-9a-f-]{36}}/attachments")
    String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file) throws IOException {
        var actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (file == null) {
            throw new InvalidInputException(new FieldProblem("file", "empty-file"));
        }
        try (var in = file.getInputStream()) {
            attachments.add(actor, id, String.valueOf(file.getOriginalFilename()), in);
        }
        return "redirect:/practices/" + id + "/edit?attached#attachments-heading";
    }

    @GetMapping("/practices/{id:[0-9a-f-]{36}}/attachments/{attachment:[0-9a-f-]{36}}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachment) {
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(attachment);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("attachment", attachment);
        }
        return attachments.download(attachments.find(actors.current(), id, attachmentId));
    }
}
