package org.pacto.practices.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.pacto.platform.FileKind;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the answers of a completed template (DOCX or ODT, recognised by content through
 * {@link FileKind}): every table row whose first cell holds a field key gives that field the text of
 * its last cell (all runs of all paragraphs, paragraph breaks kept, trimmed). Defensive: the file,
 * the number of zip entries and the uncompressed size are capped (zip bombs), and the XML parser
 * refuses DTDs and external entities. Pure code: no Spring, no web types.
 */
public final class TemplateReader {

    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    public static final long MAX_UNCOMPRESSED_BYTES = 10L * 1024 * 1024;
    public static final int MAX_ENTRIES = 500;

    static final String ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String ODF_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    /** A file refused as a whole; {@code code} names the reason ({@code template-unreadable}…). */
    public static final class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String detail) {
            super(detail);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The answers found, by field key, in the order of the template; and the file's kind. */
    public record Answers(FileKind kind, Map<String, String> byKey) {
    }

    private TemplateReader() {
    }

    public static Answers read(byte[] file) {
        if (file.length == 0) {
            throw new Refused("template-empty", "empty file");
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new Refused("template-too-large", "file over " + MAX_FILE_BYTES + " bytes");
        }
        FileKind kind = kind(file).filter(k -> k == FileKind.DOCX || k == FileKind.ODT)
                .orElseThrow(() -> new Refused("template-wrong-kind", "neither DOCX nor ODT"));
        String part = kind == FileKind.DOCX ? "word/document.xml" : "content.xml";
        byte[] xml = entry(file, part);
        Document document = parse(xml);
        Map<String, String> answers = kind == FileKind.DOCX ? docx(document) : odt(document);
        if (answers.isEmpty()) {
            throw new Refused("template-not-ours", "no row carries a field key");
        }
        return new Answers(kind, answers);
    }

    private static Optional<FileKind> kind(byte[] file) {
        try {
            var temp = Files.createTempFile("pacto-template", ".bin");
            try {
                Files.write(temp, file);
                return FileKind.detect(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The bytes of one entry, reading (and counting) every entry so that no bomb slips through. */
    private static byte[] entry(byte[] file, String wanted) {
        byte[] found = null;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("template-too-large", "more than " + MAX_ENTRIES + " entries");
                }
                boolean keep = found == null && entry.getName().equals(wanted);
                var out = keep ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw new Refused("template-too-large", "uncompressed over " + MAX_UNCOMPRESSED_BYTES);
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    found = out.toByteArray();
                }
            }
        } catch (IOException e) {
            throw new Refused("template-unreadable", "broken zip: " + e.getMessage());
        }
        if (found == null) {
            throw new Refused("template-unreadable", "no " + wanted);
        }
        return found;
    }

    /** Parses without DTDs, external entities or XInclude (XXE). */
    static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new Refused("template-unreadable", "broken XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- DOCX ----

    private static Map<String, String> docx(Document document) {
        Map<String, String> answers = new LinkedHashMap<>();
        NodeList rows = document.getElementsByTagNameNS(TemplateWriter.W, "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            List<Element> cells = new ArrayList<>();
            collect(rows.item(i), TemplateWriter.W, "tc", "tbl", cells);
            answer(answers, cells, TemplateReader::docxText);
        }
        return answers;
    }

    private static String docxText(Element cell) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        docxWalk(cell, paragraphs, null);
        return join(paragraphs);
    }

    private static void docxWalk(Node node, List<StringBuilder> paragraphs, StringBuilder current) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element e) || !TemplateWriter.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> {
                    var paragraph = new StringBuilder();
                    paragraphs.add(paragraph);
                    docxWalk(e, paragraphs, paragraph);
                }
                case "t" -> {
                    if (current != null) {
                        current.append(e.getTextContent());
                    }
                }
                case "tab" -> {
                    if (current != null) {
                        current.append('\t');
                    }
                }
                case "br", "cr" -> {
                    if (current != null) {
                        current.append('\n');
                    }
                }
                case "tbl", "pPr", "rPr", "tcPr", "sdtPr", "delText", "instrText" -> {
                    // nested tables, properties and deleted or field-code text are not answers
                }
                case "sdt" -> {
                    if (!showsPlaceholder(e)) {
                        docxWalk(e, paragraphs, current);
                    }
                }
                default -> docxWalk(e, paragraphs, current);
            }
        }
    }

    /** A content control still showing its placeholder text holds no answer. */
    private static boolean showsPlaceholder(Element sdt) {
        NodeList properties = sdt.getElementsByTagNameNS(TemplateWriter.W, "sdtPr");
        return properties.getLength() > 0 && ((Element) properties.item(0))
                .getElementsByTagNameNS(TemplateWriter.W, "showingPlcHdr").getLength() > 0;
    }

    // ---- ODT ----

    private static Map<String, String> odt(Document document) {
        Map<String, String> answers = new LinkedHashMap<>();
        NodeList rows = document.getElementsByTagNameNS(ODF_TABLE, "table-row");
        for (int i = 0; i < rows.getLength(); i++) {
            List<Element> cells = new ArrayList<>();
            collect(rows.item(i), ODF_TABLE, "table-cell", "table", cells);
            answer(answers, cells, TemplateReader::odtText);
        }
        return answers;
    }

    private static String odtText(Element cell) {
        List<StringBuilder> paragraphs = new ArrayList<>();
        odtWalk(cell, paragraphs, null);
        return join(paragraphs);
    }

    private static void odtWalk(Node node, List<StringBuilder> paragraphs, StringBuilder current) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (current != null) {
                    current.append(child.getNodeValue());
                }
                continue;
            }
            if (!(child instanceof Element e)) {
                continue;
            }
            String ns = e.getNamespaceURI();
            String name = e.getLocalName();
            if (ODF_OFFICE.equals(ns) && "annotation".equals(name)) {
                continue;
            }
            if (ODF_TABLE.equals(ns) && "table".equals(name)) {
                continue;
            }
            if (ODF_TEXT.equals(ns)) {
                switch (name) {
                    case "p", "h" -> {
                        var paragraph = new StringBuilder();
                        paragraphs.add(paragraph);
                        odtWalk(e, paragraphs, paragraph);
                        continue;
                    }
                    case "s" -> {
                        if (current != null) {
                            current.append(" ".repeat(count(e.getAttributeNS(ODF_TEXT, "c"))));
                        }
                        continue;
                    }
                    case "tab" -> {
                        if (current != null) {
                            current.append('\t');
                        }
                        continue;
                    }
                    case "line-break" -> {
                        if (current != null) {
                            current.append('\n');
                        }
                        continue;
                    }
                    case "note", "tracked-changes" -> {
                        continue;
                    }
                    default -> { }
                }
            }
            odtWalk(e, paragraphs, current);
        }
    }

    private static int count(String value) {
        try {
            return value == null || value.isEmpty() ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // ---- shared ----

    private static void answer(Map<String, String> answers, List<Element> cells,
                               java.util.function.Function<Element, String> text) {
        if (cells.size() < 2) {
            return;
        }
        String written = text.apply(cells.getFirst()).replaceAll("[\\s\\u200B\\uFEFF]+", "");
        var field = java.util.Arrays.stream(TemplateField.values()).filter(f -> f.key().equalsIgnoreCase(written))
                .findFirst();
        if (field.isEmpty() || answers.containsKey(field.get().key())) {
            return;
        }
        answers.put(field.get().key(), text.apply(cells.getLast()));
    }

    /** Elements named {@code name} under {@code node}, not looking inside them nor inside nested tables. */
    private static void collect(Node node, String ns, String name, String stop, List<Element> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && ns.equals(e.getNamespaceURI())) {
                if (name.equals(e.getLocalName())) {
                    found.add(e);
                } else if (!stop.equals(e.getLocalName())) {
                    collect(e, ns, name, stop, found);
                }
            } else if (child instanceof Element e) {
                collect(e, ns, name, stop, found);
            }
        }
    }

    private static String join(List<StringBuilder> paragraphs) {
        var b = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(paragraphs.get(i));
        }
        return b.toString().strip();
    }
}
