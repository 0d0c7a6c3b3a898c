package org.pacto.pledges.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.pledges.domain.PledgeFilter;
import org.pacto.pledges.domain.PledgeSearch;
import org.pacto.taxonomy.Framework;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annual report of pledges for a year (of the pledge) and a region: totals, breakdowns and the list. */
@RestController
class AnnualReport {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PledgeSearch search;
    private final Framework framework;
    private final MessageSource messages;

    AnnualReport(PledgeSearch search, Framework framework, MessageSource messages) {
        this.search = search;
        this.framework = framework;
        this.messages = messages;
    }

    record Content(String heading, long total, Map<String, Map<String, Long>> facets, List<PledgeSearch.Item> items) {
    }

    Content content(int year, @Nullable String region, Language language) {
        if (year < 2018 || year > 2100) {
            throw new InvalidInputException(new FieldProblem("year", "out-of-range", 2018, 2100));
        }
        if (region != null && !region.isBlank() && framework.region(region, language).isEmpty()) {
            throw new InvalidInputException(new FieldProblem("region", "unknown-region"));
        }
        var filter = new PledgeFilter(null, null, null, null, null, null, null, region, year, null);
        var page = search.search(null, filter, language, 0, 0, true);
        String where = region == null || region.isBlank() ? message("pledge.global")
                : framework.region(region, language).map(r -> r.name()).orElse(region);
        return new Content(message("pledges.report.heading", year, where), page.total(), page.facets(),
                search.all(filter, language, OpenData.LIMIT));
    }

    @Operation(summary = "Annual pledge report (XLSX)",
            description = "The annual report of public pledges as a spreadsheet: totals by status, objective and region, and the list. Public.")
    @Parameter(name = "year", description = "The year reported on.", example = "2026")
    @Parameter(name = "region", description = "UN M49 region code to narrow the report to.", example = "419")
    @GetMapping("/api/v1/pledges/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam int year, @RequestParam(required = false) @Nullable String region)
            throws IOException {
        var content = content(year, region, language());
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet summary = workbook.createSheet(message("pledges.totals"));
            row(summary, 0, content.heading());
            row(summary, 1, message("pledges.total"), String.valueOf(content.total()));
            int r = 3;
            for (var facet : List.of("status", "objective", "kind", "nature", "fulfilment")) {
                row(summary, r++, message("pledges.chart." + facet));
                for (var e : content.facets().get(facet).entrySet()) {
                    row(summary, r++, e.getKey(), String.valueOf(e.getValue()));
                }
                r++;
            }
            Sheet list = workbook.createSheet(message("pledges.list"));
            row(list, 0, message("pledges.col.title"), message("pledges.col.organisation"),
                    message("pledges.col.status"), message("pledges.col.fulfilment"), message("pledges.col.deadline"),
                    message("pledge.where"), message("pledge.objectives"), message("pledge.status.overdue"));
            int i = 1;
            for (var p : content.items()) {
                Row row = row(list, i++, p.title(), p.organisation(), message("pledge.status." + p.status()), null,
                        p.deadline().toString(), String.join(" ", p.countries()) + (p.region() == null ? "" : " " + p.region()),
                        p.objectives().toString(), p.overdue() ? "✔" : "");
                row.createCell(3).setCellValue(p.fulfilment());
            }
            workbook.write(out);
            return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=pledges-" + year + (region == null ? "" : "-" + region) + ".xlsx")
                    .body(out.toByteArray());
        }
    }

    @Operation(summary = "Annual pledge report (PDF)",
            description = "The same annual report as a PDF document. Public.")
    @Parameter(name = "year", description = "The year reported on.", example = "2026")
    @Parameter(name = "region", description = "UN M49 region code to narrow the report to.", example = "419")
    @GetMapping("/api/v1/pledges/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam int year, @RequestParam(required = false) @Nullable String region) {
        var content = content(year, region, language());
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(content.heading(), title));
        document.add(new Paragraph(content.total() + " " + message("pledges.total"), bold));
        for (var facet : List.of("status", "fulfilment")) {
            var line = new StringBuilder(message("pledges.chart." + facet)).append(": ");
            content.facets().get(facet).forEach((k, v) -> line.append(facet.equals("status")
                    ? message("pledge.status." + k) : k + " %").append(" ").append(v).append(" · "));
            document.add(new Paragraph(line.toString(), normal));
        }
        var table = new PdfPTable(new float[] {5, 3, 1.5f, 1, 1.3f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String h : List.of("pledges.col.title", "pledges.col.organisation", "pledges.col.status",
                "pledges.col.fulfilment", "pledges.col.deadline")) {
            table.addCell(new Paragraph(message(h), bold));
        }
        int shown = 0;
        for (var p : content.items()) {
            if (shown++ >= 2000) {
                break;
            }
            table.addCell(new Paragraph(p.title(), normal));
            table.addCell(new Paragraph(p.organisation(), normal));
            table.addCell(new Paragraph(message("pledge.status." + p.status())
                    + (p.overdue() ? " · " + message("pledge.status.overdue") : ""), normal));
            table.addCell(new Paragraph(p.fulfilment() + " %", normal));
            table.addCell(new Paragraph(p.deadline().toString(), normal));
        }
        document.add(table);
        document.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=pledges-" + year + (region == null ? "" : "-" + region) + ".pdf")
                .body(out.toByteArray());
    }

    private static Row row(Sheet sheet, int index, @Nullable String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
