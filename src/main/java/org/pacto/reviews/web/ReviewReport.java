package org.pacto.reviews.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.pacto.identity.Actor;
import org.pacto.platform.Language;
import org.pacto.reviews.domain.InventoryView;
import org.pacto.reviews.domain.InventoryViews;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The review report a government takes to a regional review (issue 9): coverage, findings, initiatives and the
 * self-assessment, as PDF (OpenPDF) and DOCX (Apache POI), both readable by LibreOffice.
 */
@Component
class ReviewReport {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final InventoryViews views;
    private final MessageSource messages;

    ReviewReport(InventoryViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    /** The report as sections of a heading and rows of cells, the same for both formats. */
    record Section(String heading, List<String> header, List<List<String>> rows) {
    }

    record Content(String title, List<String> lines, List<Section> sections) {
    }

    Content content(Optional<Actor> actor, UUID id, Language language) {
        Locale locale = language.locale();
        var inventory = views.inventory(actor, id, language);
        var findings = views.findings(actor, id, language);
        var assessment = views.assessment(actor, id);
        List<String> lines = new ArrayList<>();
        lines.add(text("reviews.report.cycle", locale, inventory.cycleTitle(), inventory.referenceDate().toString()));
        lines.add(text("reviews.report.status", locale, text("reviews.status." + inventory.status(), locale)));
        lines.add(text("reviews.report.coverage", locale, String.valueOf(findings.coverage().share()),
                String.valueOf(findings.coverage().covered().size())));
        lines.add(text("reviews.report.covered", locale, numbers(findings.coverage().covered())));
        lines.add(text("reviews.report.plannedOnly", locale, numbers(findings.coverage().plannedOnly())));
        lines.add(text("reviews.report.gaps", locale, numbers(findings.coverage().gaps())));
        if (inventory.demo()) {
            lines.add(text("reviews.demo", locale));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(text("reviews.findings", locale),
                List.of(text("reviews.finding.rule", locale), text("reviews.finding.detail", locale)),
                findings.findings().stream().map(f -> List.of(text("reviews.rule." + f.rule(), locale), f.detail()))
                        .toList()));
        sections.add(new Section(text("reviews.initiatives", locale),
                List.of(text("reviews.initiative.title", locale), text("reviews.initiative.authority", locale),
                        text("reviews.initiative.type", locale), text("reviews.initiative.objectives", locale),
                        text("reviews.initiative.status", locale)),
                inventory.initiatives().stream().map(i -> List.of(i.title(), i.authority(),
                        text("reviews.type." + i.type(), locale), numbers(i.objectives()),
                        text("reviews.initiativeStatus." + i.status(), locale))).toList()));
        sections.add(new Section(text("reviews.assessment", locale),
                List.of(text("reviews.assessment.domain", locale), text("reviews.level.present", locale),
                        text("reviews.level.partial", locale), text("reviews.level.absent", locale),
                        text("reviews.assessment.answered", locale)),
                assessment.domains().stream().map(d -> List.of(text("reviews.domain." + d.code(), locale),
                        d.present() + " %", d.partial() + " %", d.absent() + " %", d.answered() + " %")).toList()));
        String title = text("reviews.report.title", locale, inventory.organisationName());
        return new Content(title, lines, sections);
    }

    ResponseEntity<byte[]> pdf(Optional<Actor> actor, UUID id, Language language) {
        Content content = content(actor, id, language);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(content.title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
        content.lines().forEach(l -> document.add(new Paragraph(l, body)));
        for (Section s : content.sections()) {
            document.add(new Paragraph(s.heading(), heading));
            var table = new PdfPTable(s.header().size());
            table.setWidthPercentage(100);
            s.header().forEach(h -> table.addCell(new Paragraph(h, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9))));
            s.rows().forEach(r -> r.forEach(c -> table.addCell(new Paragraph(c, body))));
            document.add(table);
        }
        document.close();
        return download(out.toByteArray(), MediaType.APPLICATION_PDF, "review-" + id + ".pdf");
    }

    ResponseEntity<byte[]> docx(Optional<Actor> actor, UUID id, Language language) {
        Content content = content(actor, id, language);
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var title = document.createParagraph();
            title.setStyle("Title");
            var run = title.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setText(content.title());
            content.lines().forEach(l -> document.createParagraph().createRun().setText(l));
            for (Section s : content.sections()) {
                var h = document.createParagraph().createRun();
                h.setBold(true);
                h.setFontSize(13);
                h.setText(s.heading());
                XWPFTable table = document.createTable(s.rows().size() + 1, s.header().size());
                for (int c = 0; c < s.header().size(); c++) {
                    table.getRow(0).getCell(c).setText(s.header().get(c));
                }
                for (int r = 0; r < s.rows().size(); r++) {
                    for (int c = 0; c < s.header().size(); c++) {
                        table.getRow(r + 1).getCell(c).setText(s.rows().get(r).get(c));
                    }
                }
            }
            document.write(out);
            return download(out.toByteArray(), DOCX, "review-" + id + ".docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    static String numbers(List<Integer> numbers) {
        return numbers.isEmpty() ? "—" : numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
