package org.pacto.practices.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the practice template as a DOCX (WordprocessingML) or an ODT (OpenDocument text) with
 * plain zip and XML: an introduction, then a table with one row per field (key, label, guidance,
 * empty answer cell). Pure code: no Spring, no web types.
 */
public final class TemplateWriter {

    /** What the template says, already in its language. */
    public record Sheet(String language, String heading, List<String> introduction, List<String> columns,
                        List<Row> rows) {
    }

    /** One field's row: its stable key, its label and the guidance lines. */
    public record Row(String key, String label, List<String> guidance) {
    }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";
    private static final int[] DOCX_WIDTHS = {1250, 1900, 3100, 3388};
    private static final String[] ODT_WIDTHS = {"2.2cm", "3.4cm", "5.6cm", "5.8cm"};

    private TemplateWriter() {
    }

    public static byte[] docx(Sheet sheet) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    <Override PartName="/word/styles.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""");
            put(zip, "word/_rels/document.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                    Target="styles.xml"/></Relationships>""");
            put(zip, "word/styles.xml", docxStyles(sheet.language()));
            put(zip, "word/document.xml", docxDocument(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] odt(Sheet sheet) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            byte[] mimetype = ODT_TYPE.getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            entry.setCompressedSize(mimetype.length);
            var crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.2">\
                    <manifest:file-entry manifest:full-path="/" manifest:version="1.2" \
                    manifest:media-type="application/vnd.oasis.opendocument.text"/>\
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                    <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
                    </manifest:manifest>""");
            put(zip, "styles.xml", odtStyles(sheet.language()));
            put(zip, "content.xml", odtContent(sheet));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- DOCX ----

    private static String docxStyles(String language) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:styles xmlns:w="%s">\
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial" \
                w:eastAsia="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="%s"/></w:rPr></w:rPrDefault>\
                <w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr>\
                <w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Key"><w:name w:val="Pacto key"/><w:basedOn w:val="Normal"/>\
                <w:rPr><w:noProof/><w:color w:val="595959"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>\
                <w:style w:type="paragraph" w:styleId="Guide"><w:name w:val="Pacto guidance"/><w:basedOn w:val="Normal"/>\
                <w:rPr><w:color w:val="404040"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
                <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
                <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
                <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
                </w:tblCellMar></w:tblPr></w:style>\
                </w:styles>""".formatted(W, esc(language));
    }

    private static String docxDocument(Sheet sheet) {
        var b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"").append(W)
                .append("\"><w:body>");
        docxParagraph(b, "Title", sheet.heading(), false);
        for (String line : sheet.introduction()) {
            docxParagraph(b, null, line, false);
        }
        b.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            b.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>");
        }
        b.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
                + "<w:tblGrid>");
        for (int width : DOCX_WIDTHS) {
            b.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        b.append("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (int i = 0; i < sheet.columns().size(); i++) {
            docxCell(b, i, "D9E2F3", List.of(sheet.columns().get(i)), null, true);
        }
        b.append("</w:tr>");
        for (Row row : sheet.rows()) {
            b.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            docxCell(b, 0, null, List.of(row.key()), "Key", false);
            docxCell(b, 1, null, List.of(row.label()), null, true);
            docxCell(b, 2, null, row.guidance(), "Guide", false);
            docxCell(b, 3, null, List.of(""), null, false);
            b.append("</w:tr>");
        }
        b.append("</w:tbl>");
        docxParagraph(b, null, "", false);
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
                + "w:bottom=\"1134\" w:left=\"1134\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>");
        b.append("</w:body></w:document>");
        return b.toString();
    }

    private static void docxCell(StringBuilder b, int column, String fill, List<String> lines, String style,
                                 boolean bold) {
        b.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(DOCX_WIDTHS[column]).append("\" w:type=\"dxa\"/>");
        if (fill != null) {
            b.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
        }
        b.append("</w:tcPr>");
        for (String line : lines) {
            docxParagraph(b, style, line, bold);
        }
        b.append("</w:tc>");
    }

    private static void docxParagraph(StringBuilder b, String style, String text, boolean bold) {
        b.append("<w:p>");
        if (style != null) {
            b.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
        }
        if (!text.isEmpty()) {
            b.append("<w:r>");
            if (bold) {
                b.append("<w:rPr><w:b/></w:rPr>");
            }
            b.append("<w:t xml:space=\"preserve\">").append(esc(text)).append("</w:t></w:r>");
        }
        b.append("</w:p>");
    }

    // ---- ODT ----

    private static final String ODF_NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " office:version=\"1.2\"";

    private static String odtStyles(String language) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + ODF_NS + ">"
                + "<office:styles>"
                + "<style:default-style style:family=\"paragraph\"><style:paragraph-properties fo:margin-bottom=\"0.14cm\"/>"
                + "<style:text-properties fo:font-family=\"Arial\" fo:font-size=\"10pt\" "
                + "fo:language=\"" + esc(language) + "\"/></style:default-style>"
                + "<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
                + "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:paragraph-properties fo:margin-bottom=\"0.35cm\"/>"
                + "<style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"Key\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:text-properties fo:font-size=\"8pt\" fo:color=\"#595959\" fo:language=\"zxx\" fo:country=\"none\"/></style:style>"
                + "<style:style style:name=\"Label\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
                + "<style:style style:name=\"Guide\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
                + "<style:text-properties fo:font-size=\"9pt\" fo:color=\"#404040\"/></style:style>"
                + "</office:styles></office:document-styles>";
    }

    private static String odtContent(Sheet sheet) {
        var b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content").append(ODF_NS).append(">")
                .append("<office:automatic-styles>")
                .append("<style:style style:name=\"Fields\" style:family=\"table\">")
                .append("<style:table-properties style:width=\"17cm\" table:align=\"left\"/></style:style>");
        for (int i = 0; i < ODT_WIDTHS.length; i++) {
            b.append("<style:style style:name=\"Fields.").append((char) ('A' + i))
                    .append("\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"")
                    .append(ODT_WIDTHS[i]).append("\"/></style:style>");
        }
        b.append("<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties ")
                .append("fo:padding=\"0.1cm\" fo:border=\"0.5pt solid #808080\"/></style:style>")
                .append("<style:style style:name=\"Head\" style:family=\"table-cell\"><style:table-cell-properties ")
                .append("fo:padding=\"0.1cm\" fo:background-color=\"#d9e2f3\" fo:border=\"0.5pt solid #808080\"/>")
                .append("</style:style></office:automatic-styles><office:body><office:text>");
        b.append("<text:p text:style-name=\"Title\">").append(esc(sheet.heading())).append("</text:p>");
        for (String line : sheet.introduction()) {
            b.append("<text:p text:style-name=\"Standard\">").append(esc(line)).append("</text:p>");
        }
        b.append("<table:table table:name=\"Fields\" table:style-name=\"Fields\">");
        for (int i = 0; i < ODT_WIDTHS.length; i++) {
            b.append("<table:table-column table:style-name=\"Fields.").append((char) ('A' + i)).append("\"/>");
        }
        b.append("<table:table-header-rows><table:table-row>");
        for (String column : sheet.columns()) {
            odtCell(b, "Head", "Label", List.of(column));
        }
        b.append("</table:table-row></table:table-header-rows>");
        for (Row row : sheet.rows()) {
            b.append("<table:table-row>");
            odtCell(b, "Cell", "Key", List.of(row.key()));
            odtCell(b, "Cell", "Label", List.of(row.label()));
            odtCell(b, "Cell", "Guide", row.guidance());
            odtCell(b, "Cell", "Standard", List.of(""));
            b.append("</table:table-row>");
        }
        b.append("</table:table><text:p text:style-name=\"Standard\"/></office:text></office:body>")
                .append("</office:document-content>");
        return b.toString();
    }

    private static void odtCell(StringBuilder b, String cellStyle, String paragraphStyle, List<String> lines) {
        b.append("<table:table-cell table:style-name=\"").append(cellStyle).append("\" office:value-type=\"string\">");
        for (String line : lines) {
            b.append("<text:p text:style-name=\"").append(paragraphStyle).append("\">").append(esc(line))
                    .append("</text:p>");
        }
        b.append("</table:table-cell>");
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot hold. */
    static String esc(String text) {
        var b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
