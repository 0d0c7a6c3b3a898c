package org.pacto.platform;

import java.util.List;
import org.pacto.platform.Attachments.Attachment;

/**
 * What the {@code fragments/attachments :: panel(panel)} include shows: the attachments, the page path
 * that downloads ({@code action/<id>}) and receives uploads ({@code action}), and whether the form appears.
 */
public record AttachmentPanel(List<Attachment> items, String action, boolean mayUpload) {
}
