package org.pacto.pledges.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.AttachmentPanel;
import org.pacto.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/** Adds the attachments panel ({@code attachments}) to the model of the pledges pages that show one record. */
@ControllerAdvice(assignableTypes = PledgePages.class)
class PledgeAttachmentModel {

    private final PledgeAttachmentPages pages;

    PledgeAttachmentModel(PledgeAttachmentPages pages) {
        this.pages = pages;
    }

    @ModelAttribute("attachments")
    @Nullable AttachmentPanel attachments(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return null;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = variables == null ? null : variables.get("id");
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return null;
        }
        try {
            return pages.panel(id);
        } catch (NotFoundException | AccessDeniedException | IllegalArgumentException e) {
            return null;
        }
    }
}
