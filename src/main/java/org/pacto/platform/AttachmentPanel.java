package org.pacto.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Attachments.Attachment;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the {@code fragments/attachments :: panel(panel)} include shows: the attachments, the page path
 * that downloads ({@code action/<id>}) and receives uploads ({@code action}), and whether the form appears.
 */
public record AttachmentPanel(List<Attachment> items, String action, boolean mayUpload) {

    /**
     * The panel of the record a GET page shows (its {@code {id}} path variable), or none when the page
     * shows no single record or the visitor may not see it. Modules call this from a model advice.
     */
    public static @Nullable AttachmentPanel ofShownRecord(HttpServletRequest request,
                                                          Function<String, AttachmentPanel> panel) {
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
            return panel.apply(id);
        } catch (NotFoundException | AccessDeniedException | IllegalArgumentException e) {
            return null;
        }
    }
}
