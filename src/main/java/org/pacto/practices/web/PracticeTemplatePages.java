package org.pacto.practices.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actors;
import org.pacto.platform.FileKind;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.practices.template.PracticeTemplates;
import org.pacto.practices.template.TemplateReader;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The practice template on the submission page: downloads in the page's language and the upload of
 * a completed template, which shows the submission form pre-filled (nothing stored) with the fields
 * that are missing or could not be read; a file that is not a readable template is refused on the
 * same page with the reason.
 */
@PageController
class PracticeTemplatePages {

    private final PracticeTemplates templates;
    private final PracticeForm form;
    private final MessageSource messages;
    private final Actors actors;

    PracticeTemplatePages(PracticeTemplates templates, PracticeForm form, MessageSource messages, Actors actors) {
        this.templates = templates;
        this.form = form;
        this.messages = messages;
        this.actors = actors;
    }

    @GetMapping("/practices/template.docx")
    ResponseEntity<byte[]> docx() {
        return download(FileKind.DOCX);
    }

    @GetMapping("/practices/template.odt")
    ResponseEntity<byte[]> odt() {
        return download(FileKind.ODT);
    }

    private ResponseEntity<byte[]> download(FileKind kind) {
        Language language = language();
        String name = "pacto-practice-template-" + language.code() + "." + kind.extensions().getFirst();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(kind.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(templates.template(kind, language));
    }

    /** One line of the notice: a field's label and why it is not filled. */
    record Gap(String field, String label, String reason) {
    }

    @PostMapping("/practices/new/template")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
        actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Language language = language();
        try {
            var filled = templates.read(bytes(file));
            Map<String, String> values = new LinkedHashMap<>(filled.form());
            values.putIfAbsent("language", language.code());
            List<Gap> gaps = new ArrayList<>();
            for (String key : filled.missing()) {
                gaps.add(new Gap(key, templates.label(key, language), message("practices.template.empty")));
            }
            for (FieldProblem problem : filled.problems()) {
                gaps.add(new Gap(problem.field(), templates.label(problem.field(), language),
                        message("problem." + problem.code(), problem.arguments().toArray())));
            }
            form.fill(model, values, Map.of(), null);
            model.addAttribute("templateFilled", true);
            model.addAttribute("templateGaps", gaps);
        } catch (InvalidInputException e) {
            form.fill(model, Map.of(), Map.of(), null);
            model.addAttribute("templateRefused", e.problems().stream()
                    .map(p -> message("problem." + p.code(), p.arguments().toArray())).toList());
        }
        return "practices/form";
    }

    /** The upload's bytes, refusing a missing, empty or oversized file before reading it all. */
    static byte[] bytes(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("file", "template-empty"));
        }
        if (file.getSize() > TemplateReader.MAX_FILE_BYTES) {
            throw new InvalidInputException(new FieldProblem("file", "template-too-large"));
        }
        try (var in = file.getInputStream()) {
            return in.readNBytes(TemplateReader.MAX_FILE_BYTES + 1);
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
