package org.pacto.practices.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.platform.FileKind;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.practices.domain.PracticeValidation;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The downloadable practice template (DOCX and ODT, in the visitor's language) and the reading of a
 * completed one into the values of the submission form. Nothing here stores anything: the person
 * checks the pre-filled form and saves it as usual.
 */
@Component
public class PracticeTemplates {

    private final Framework framework;
    private final MessageSource messages;
    private final TemplateAnswers answers;

    PracticeTemplates(Framework framework, MessageSource messages, TemplateAnswers answers) {
        this.framework = framework;
        this.messages = messages;
        this.answers = answers;
    }

    /**
     * A completed template, read: {@code fields} shaped like the API's practice input (only what was
     * read), {@code form} the same values as the submission form's inputs hold them, {@code missing}
     * the keys of empty fields and {@code problems} what could not be read.
     */
    public record Filled(String format, Map<String, Object> fields, Map<String, String> form, List<String> missing,
                         List<FieldProblem> problems) {
    }

    /** The template as a DOCX or ODT file in a language. */
    public byte[] template(FileKind kind, Language language) {
        var sheet = sheet(language);
        return switch (kind) {
            case DOCX -> TemplateWriter.docx(sheet);
            case ODT -> TemplateWriter.odt(sheet);
            default -> throw new IllegalArgumentException("no template as " + kind);
        };
    }

    /**
     * Reads a completed template. A file that is not a readable template of ours is refused with an
     * {@link InvalidInputException} on field {@code file} (code {@code template-unreadable},
     * {@code template-wrong-kind}, {@code template-not-ours}, {@code template-too-large} or
     * {@code template-empty}).
     */
    public Filled read(byte[] file) {
        TemplateReader.Answers read;
        try {
            read = TemplateReader.read(file);
        } catch (TemplateReader.Refused e) {
            throw new InvalidInputException(new FieldProblem("file", e.code()));
        }
        var mapped = answers.map(read.byKey());
        return new Filled(read.kind().extensions().getFirst(), mapped.fields(), form(mapped.fields()),
                mapped.missing(), mapped.problems());
    }

    /** The label of a field in a language (for the list of missing fields). */
    public String label(String key, Language language) {
        return TemplateField.byKey(key).map(f -> message(f.labelKey(), language)).orElse(key);
    }

    private static Map<String, String> form(Map<String, Object> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                String separator = key.equals("partners") || key.equals("links") ? "\n" : ",";
                form.put(key, String.join(separator, list.stream().map(String::valueOf).toList()));
            } else {
                form.put(key, String.valueOf(value));
            }
        });
        return form;
    }

    TemplateWriter.Sheet sheet(Language language) {
        List<TemplateWriter.Row> rows = new ArrayList<>();
        for (TemplateField field : TemplateField.values()) {
            List<String> guidance = new ArrayList<>();
            guidance.add(message(field.guidanceKey(), language));
            switch (field.kind()) {
                case TYPE -> PracticeValidation.TYPES.forEach(t -> guidance.add(t + " — "
                        + message("practice.type." + t, language)));
                case LEVEL -> PracticeValidation.LEVELS.forEach(t -> guidance.add(t + " — "
                        + message("practice.level." + t, language)));
                case LANGUAGE -> Language.codes().forEach(c -> guidance.add(c + " — "
                        + Language.fromCode(c).orElseThrow().nativeName()));
                case OBJECTIVES -> framework.objectives(language).forEach(o -> guidance.add(o.number() + ". "
                        + o.shortTitle()));
                case PRINCIPLES -> framework.principles(language).forEach(p -> guidance.add(p.code() + " — "
                        + p.title()));
                case THEMES -> framework.terms(Scheme.THEME, language).forEach(t -> guidance.add(t.code() + " — "
                        + t.label()));
                default -> { }
            }
            rows.add(new TemplateWriter.Row(field.key(), message(field.labelKey(), language), guidance));
        }
        return new TemplateWriter.Sheet(language.code(), message("practices.template.heading", language),
                List.of(message("practices.template.intro1", language), message("practices.template.intro2", language),
                        message("practices.template.intro3", language)),
                List.of(message("practices.template.column.key", language),
                        message("practices.template.column.field", language),
                        message("practices.template.column.guidance", language),
                        message("practices.template.column.answer", language)),
                rows);
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, key, language.locale());
    }
}
