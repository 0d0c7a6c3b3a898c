package org.pacto.practices.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.AttachmentPanel;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the attachments panel ({@code attachments}) to the model of the practices pages that show one record. */
@ControllerAdvice(assignableTypes = {PracticePages.class, SubmissionPages.class, ReviewPages.class})
class PracticeAttachmentModel {

    private final PracticeAttachmentPages pages;

    PracticeAttachmentModel(PracticeAttachmentPages pages) {
        this.pages = pages;
    }

    @ModelAttribute("attachments")
    @Nullable AttachmentPanel attachments(HttpServletRequest request) {
        return AttachmentPanel.ofShownRecord(request, pages::panel);
    }
}
