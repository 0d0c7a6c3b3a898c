package org.pacto.practices.web;

import org.pacto.practices.domain.PracticeView;
import org.pacto.practices.domain.PracticeViews;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.pacto.practices.search.PracticeSearch;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/** Open data: search results as CSV, XLSX and JSON (same parameters as the search page), and an Atom feed. */
@RestController("practicesOpenData")
class OpenData {

    private static final int EXPORT_MAX = 100;
    private final PracticeSearch search;
    private final PracticeViews views;
    private final JsonMapper json;

    OpenData(PracticeSearch search, PracticeViews views, JsonMapper json) {
        this.search = search;
        this.views = views;
        this.json = json;
    }

    private List<PracticeSearch.Hit> hits(HttpServletRequest request) {
        var query = PracticesApi.query(request, PracticesApi.display(), "language");
        var all = new java.util.ArrayList<PracticeSearch.Hit>();
        int page = 1;
        while (all.size() < 10_000) {
            var result = search.search(new PracticeSearch.Query(query.text(), query.filters(), query.sort(), page,
                    EXPORT_MAX, query.statuses(), query.display()));
            all.addAll(result.items());
            if (result.items().size() < EXPORT_MAX) {
                break;
            }
            page++;
        }
        return all;
    }

    @GetMapping(value = "/practices/export.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<String> csv(HttpServletRequest request) {
        var out = new StringBuilder("\uFEFFid,title,summary,organisation,type,level,countries,locality,objectives,"
                + "principles,year,language,status,url\r\n");
        for (var h : hits(request)) {
            out.append(String.join(",", cell(h.id()), cell(h.title()), cell(h.summary()), cell(h.organisation()),
                    cell(h.type()), cell(h.level()), cell(String.join(" ", h.countries())), cell(h.locality()),
                    cell(String.join(" ", h.objectives().stream().map(String::valueOf).toList())),
                    cell(String.join(" ", h.principles())), cell(h.year() == null ? "" : h.year().toString()),
                    cell(h.language()), cell(h.status()), cell(views.baseUrl() + "/practices/" + h.id()))).append("\r\n");
        }
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"practices.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(out.toString());
    }

    /** The same columns as the CSV, as a spreadsheet (Apache POI, streaming); cells are text, never formulas. */
    @GetMapping(value = "/practices/export.xlsx", produces = XLSX)
    ResponseEntity<byte[]> xlsx(HttpServletRequest request) throws java.io.IOException {
        var hits = hits(request);
        try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("practices");
            String[] headers = {"id", "title", "summary", "organisation", "type", "level", "countries", "locality",
                "objectives", "principles", "year", "language", "status", "url"};
            var bold = book.createFont();
            bold.setBold(true);
            var headerStyle = book.createCellStyle();
            headerStyle.setFont(bold);
            var head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                var c = head.createCell(i);
                c.setCellValue(headers[i]);
                c.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (var h : hits) {
                var row = sheet.createRow(r++);
                String[] values = {h.id(), h.title(), h.summary(), h.organisation(), h.type(), h.level(),
                    String.join(" ", h.countries()), h.locality(),
                    String.join(" ", h.objectives().stream().map(String::valueOf).toList()),
                    String.join(" ", h.principles()), null, h.language(), h.status(),
                    views.baseUrl() + "/practices/" + h.id()};
                for (int i = 0; i < values.length; i++) {
                    if (i == 10) {
                        if (h.year() != null) {
                            row.createCell(i).setCellValue(h.year());
                        }
                    } else if (values[i] != null) {
                        row.createCell(i).setCellValue(values[i]);
                    }
                }
            }
            book.write(out);
            book.dispose();
            return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"practices.xlsx\"")
                    .contentType(MediaType.parseMediaType(XLSX)).body(out.toByteArray());
        }
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A CSV cell, quoted; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    @GetMapping(value = "/practices/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> exportJson(HttpServletRequest request) {
        var items = hits(request);
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"practices.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(Map.of("total", items.size(), "items", items)));
    }

    @GetMapping(value = "/practices/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    ResponseEntity<String> atom() {
        var latest = views.latestPublished(50);
        Instant updated = latest.isEmpty() || latest.getFirst().publishedAt() == null ? Instant.EPOCH
                : latest.getFirst().publishedAt();
        String base = views.baseUrl();
        var out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>Pacto — good practices</title>\n")
                .append("  <id>").append(base).append("/practices/feed.atom</id>\n")
                .append("  <link rel=\"self\" href=\"").append(base).append("/practices/feed.atom\"/>\n")
                .append("  <link href=\"").append(base).append("/practices\"/>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n");
        for (PracticeView p : latest) {
            String url = base + "/practices/" + p.id();
            out.append("  <entry>\n")
                    .append("    <title>").append(HtmlUtils.htmlEscape(p.title())).append("</title>\n")
                    .append("    <id>").append(url).append("</id>\n")
                    .append("    <link href=\"").append(url).append("\"/>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(p.publishedAt()))
                    .append("</updated>\n")
                    .append("    <author><name>").append(HtmlUtils.htmlEscape(p.organisation())).append("</name></author>\n")
                    .append("    <summary>").append(HtmlUtils.htmlEscape(p.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        out.append("</feed>\n");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(out.toString());
    }
}
