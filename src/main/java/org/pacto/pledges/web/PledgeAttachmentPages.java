package org.pacto.pledges.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.platform.AttachmentPanel;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.pledges.domain.PledgeAttachments;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments panel of the pledge page (the template calls {@link #panel}), the upload form's target
 * and downloads for signed-in readers of pledges that are not public yet.
 */
@PageController
public class PledgeAttachmentPages {

    private final PledgeAttachments attachments;
    private final Actors actors;

    PledgeAttachmentPages(PledgeAttachments attachments, Actors actors) {
        this.attachments = attachments;
        this.actors = actors;
    }

    /** The panel for a pledge the visitor already sees. */
    public AttachmentPanel panel(String id) {
        Optional<Actor> actor = actors.current();
        UUID pledge = PledgesApi.parse(id);
        var items = attachments.list(actor, pledge);
        return new AttachmentPanel(items, "/pledges/" + pledge + "/attachments", attachments.mayEdit(actor, pledge));
    }

    @PostMapping("/pledges/{id:[0-9a-f-]{36}}/attachments")
    String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file) throws IOException {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        UUID pledge = PledgesApi.parse(id);
        if (file == null) {
            throw new InvalidInputException(new FieldProblem("file", "empty-file"));
        }
        try (var in = file.getInputStream()) {
            attachments.add(actor, pledge, String.valueOf(file.getOriginalFilename()), in);
        }
        return "redirect:/pledges/" + pledge + "?attached#attachments-heading";
    }

    @GetMapping("/pledges/{id:[0-9a-f-]{36}}/attachments/{attachment:[0-9a-f-]{36}}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachment) {
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(attachment);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("attachment", attachment);
        }
        return attachments.download(attachments.find(actors.current(), PledgesApi.parse(id), attachmentId));
    }
}
