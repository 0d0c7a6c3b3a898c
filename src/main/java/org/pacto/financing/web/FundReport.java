package org.pacto.financing.web;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.pacto.financing.domain.FinancingViews;
import org.pacto.financing.domain.FinancingViews.FundPage;
import org.pacto.financing.domain.FinancingViews.GrantRow;
import org.pacto.financing.domain.StepTexts;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A fund's annual report in XLSX and PDF (issue 12): the balance with its computation, contributions of the year
 * with arrears, and the grants committed that year with what was paid. Public, like the fund's pages.
 */
@RestController
@Tag(name = "financing")
class FundReport {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final FinancingViews views;
    private final MessageSource messages;

    FundReport(FinancingViews views, MessageSource messages) {
        this.views = views;
        this.messages = messages;
    }

    record Content(FundPage fund, int year, List<FinancingViews.ContributionRow> contributions, List<GrantRow> grants) {
    }

    private Content content(String id, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(new FieldProblem("year", "out-of-range", 2000, 2100));
        }
        UUID fund = FinancingApi.parse(id);
        var page = views.fund(fund, new Paging(1, 0), new StepTexts(messages, LocaleContextHolder.getLocale()));
        var contributions = page.contributions().stream().filter(c -> c.period().startsWith(String.valueOf(year)))
                .toList();
        return new Content(page, year, contributions, views.grantsCommittedIn(fund, year));
    }

    @GetMapping("/api/v1/financing/funds/{id}/report.xlsx")
    @Operation(summary = "A fund's annual report as a spreadsheet", description = "Public. ?year=2026.")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @RequestParam int year) throws IOException {
        var content = content(id, year);
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet summary = workbook.createSheet(message("financing.balance"));
            row(summary, 0, content.fund().name() + " — " + year);
            int r = 2;
            for (var step : content.fund().balance().steps()) {
                row(summary, r++, step.text());
            }
            Sheet contributions = workbook.createSheet(message("financing.contributions"));
            row(contributions, 0, message("financing.member"), message("financing.period"), message("financing.due"),
                    message("financing.paid"), message("financing.arrears"));
            r = 1;
            for (var c : content.contributions()) {
                Row row = row(contributions, r++, c.name(), c.period());
                number(row, 2, c.due());
                number(row, 3, c.paid());
                number(row, 4, c.arrears());
            }
            Sheet grants = workbook.createSheet(message("financing.grant"));
            row(grants, 0, message("financing.proposal"), message("financing.window"), message("financing.amount"),
                    message("financing.disbursed"));
            r = 1;
            for (var g : content.grants()) {
                Row row = row(grants, r++, g.title(), message("financing.window." + g.window()));
                number(row, 2, g.amount());
                number(row, 3, g.disbursed());
            }
            workbook.write(out);
            return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=fund-" + year + ".xlsx").body(out.toByteArray());
        }
    }

    @GetMapping("/api/v1/financing/funds/{id}/report.pdf")
    @Operation(summary = "A fund's annual report as a PDF", description = "Public. ?year=2026.")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam int year) {
        var content = content(id, year);
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
        document.add(new Paragraph(content.fund().name() + " — " + year, title));
        if (content.fund().demonstration()) {
            document.add(new Paragraph(message("financing.demonstration"), bold));
        }
        document.add(new Paragraph(message("financing.oneVote"), normal));
        for (var step : content.fund().balance().steps()) {
            document.add(new Paragraph(step.text(), normal));
        }
        var table = new PdfPTable(new float[] {4, 1.2f, 1.5f, 1.5f, 1.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String h : List.of("financing.member", "financing.period", "financing.due", "financing.paid",
                "financing.arrears")) {
            table.addCell(new Paragraph(message(h), bold));
        }
        for (var c : content.contributions()) {
            table.addCell(new Paragraph(c.name(), normal));
            table.addCell(new Paragraph(c.period(), normal));
            table.addCell(new Paragraph(c.due().toPlainString(), normal));
            table.addCell(new Paragraph(c.paid().toPlainString(), normal));
            table.addCell(new Paragraph(c.arrears().toPlainString(), normal));
        }
        document.add(table);
        var grants = new PdfPTable(new float[] {5, 2.5f, 1.5f, 1.5f});
        grants.setWidthPercentage(100);
        grants.setSpacingBefore(10);
        for (String h : List.of("financing.proposal", "financing.window", "financing.amount", "financing.disbursed")) {
            grants.addCell(new Paragraph(message(h), bold));
        }
        for (var g : content.grants().stream().limit(2000).toList()) {
            grants.addCell(new Paragraph(g.title(), normal));
            grants.addCell(new Paragraph(message("financing.window." + g.window()), normal));
            grants.addCell(new Paragraph(g.amount().toPlainString(), normal));
            grants.addCell(new Paragraph(g.disbursed().toPlainString(), normal));
        }
        document.add(grants);
        document.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=fund-" + year + ".pdf").body(out.toByteArray());
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

    private static void number(Row row, int column, BigDecimal value) {
        row.createCell(column).setCellValue(value.doubleValue());
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
