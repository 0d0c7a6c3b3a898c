package org.pacto.pledges.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.AttachmentPanel;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the attachments panel ({@code attachments}) to the model of the pledges pages that show one record. */
@ControllerAdvice(assignableTypes = PledgePages.class)
class PledgeAttachmentModel {

    private final PledgeAttachmentPages pages;

    PledgeAttachmentModel(PledgeAttachmentPages pages) {
        this.pages = pages;
    }

    @ModelAttribute("attachments")
    @Nullable AttachmentPanel attachments(HttpServletRequest request) {
        return AttachmentPanel.ofShownRecord(request, pages::panel);
    }
}
