package org.pacto.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.practices.template.PracticeTemplates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads a completed practice template (DOCX or ODT) into the values of a practice input, without
 * storing anything: the client shows them, then creates the practice as usual.
 */
@RestController
class PracticeTemplateApi {

    private final PracticeTemplates templates;
    private final MessageSource messages;

    PracticeTemplateApi(PracticeTemplates templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** A field that could not be read: its key, the problem's code and the localised detail. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "TemplateProblem", description = "A field of the completed template that could not be read.")
    record Problem(String field, String code, String detail) {
    }

    /** The values read (PracticeInput-shaped, contact as an object), the empty fields and the problems. */
    record Read(String format, Map<String, Object> fields, List<String> missing, List<Problem> problems) {
    }

    @Operation(summary = "Read a completed submission template",
            description = "Reads a completed copy of Pacto's DOCX/ODT submission form and answers the practice it describes, ready to be sent to `POST /api/v1/practices`; nothing is stored. Members and focal points.")
    @PostMapping(path = "/api/v1/practices/template", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('FOCAL_POINT', 'MEMBER')")
    Read read(@RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
        var filled = templates.read(PracticeTemplatePages.bytes(file));
        var problems = filled.problems().stream().map(p -> new Problem(p.field(), p.code(), messages.getMessage(
                "problem." + p.code(), p.arguments().toArray(), p.code(), LocaleContextHolder.getLocale()))).toList();
        return new Read(filled.format(), contactAsObject(filled.fields()), filled.missing(), problems);
    }

    /** The template's three contact rows become the input's {@code contact} object. */
    private static Map<String, Object> contactAsObject(Map<String, Object> fields) {
        var result = new java.util.LinkedHashMap<String, Object>();
        var contact = new java.util.LinkedHashMap<String, Object>();
        fields.forEach((key, value) -> {
            switch (key) {
                case "contactName" -> contact.put("name", value);
                case "contactEmail" -> contact.put("email", value);
                case "contactPhone" -> contact.put("phone", value);
                default -> result.put(key, value);
            }
        });
        if (!contact.isEmpty()) {
            result.put("contact", contact);
        }
        return result;
    }
}
