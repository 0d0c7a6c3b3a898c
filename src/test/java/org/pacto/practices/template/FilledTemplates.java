package org.pacto.practices.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fills a generated template the way a word processor would: the answer cell of each field's row
 * gets paragraphs, with the text split across several runs (and, in DOCX, partly inside a content
 * control; in ODT, with spans and {@code text:s} spaces).
 */
public final class FilledTemplates {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private FilledTemplates() {
    }

    /** The zip's entries, in order. */
    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A zip of these entries; {@code mimetype}, when present, first and stored. */
    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                var entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    var crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] fill(byte[] template, Map<String, String> answers) throws Exception {
        Map<String, byte[]> entries = entries(template);
        boolean odt = entries.containsKey("mimetype");
        String part = odt ? "content.xml" : "word/document.xml";
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(part)));
        var rows = document.getElementsByTagNameNS(odt ? TABLE : W, odt ? "table-row" : "tr");
        for (int i = 0; i < rows.getLength(); i++) {
            List<Element> cells = children((Element) rows.item(i), odt ? TABLE : W, odt ? "table-cell" : "tc");
            String key = cells.getFirst().getTextContent().strip();
            if (!answers.containsKey(key)) {
                continue;
            }
            Element answer = cells.getLast();
            for (Element p : children(answer, odt ? TEXT : W, "p")) {
                answer.removeChild(p);
            }
            for (String line : answers.get(key).split("\n", -1)) {
                answer.appendChild(odt ? odtParagraph(document, line) : docxParagraph(document, line));
            }
        }
        var writer = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(writer));
        entries.put(part, writer.toString().getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** A paragraph whose text is cut into runs of four characters, the second run inside a content control. */
    private static Element docxParagraph(Document d, String line) {
        Element p = d.createElementNS(W, "w:p");
        List<String> pieces = pieces(line);
        for (int i = 0; i < pieces.size(); i++) {
            Element r = d.createElementNS(W, "w:r");
            Element rPr = d.createElementNS(W, "w:rPr");
            rPr.appendChild(d.createElementNS(W, i % 2 == 0 ? "w:b" : "w:i"));
            r.appendChild(rPr);
            Element t = d.createElementNS(W, "w:t");
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            t.setTextContent(pieces.get(i));
            r.appendChild(t);
            if (i == 1) {
                Element sdt = d.createElementNS(W, "w:sdt");
                Element sdtPr = d.createElementNS(W, "w:sdtPr");
                Element alias = d.createElementNS(W, "w:alias");
                alias.setAttributeNS(W, "w:val", "answer");
                sdtPr.appendChild(alias);
                sdt.appendChild(sdtPr);
                Element content = d.createElementNS(W, "w:sdtContent");
                content.appendChild(r);
                sdt.appendChild(content);
                p.appendChild(sdt);
            } else {
                p.appendChild(r);
            }
        }
        return p;
    }

    /** A paragraph with the text in spans of four characters; runs of two spaces written as text:s. */
    private static Element odtParagraph(Document d, String line) {
        Element p = d.createElementNS(TEXT, "text:p");
        for (String piece : pieces(line)) {
            Element span = d.createElementNS(TEXT, "text:span");
            String[] parts = piece.split("  ", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    Element s = d.createElementNS(TEXT, "text:s");
                    s.setAttributeNS(TEXT, "text:c", "2");
                    span.appendChild(s);
                }
                span.appendChild(d.createTextNode(parts[i]));
            }
            p.appendChild(span);
        }
        return p;
    }

    private static List<String> pieces(String line) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < line.length(); i += 4) {
            pieces.add(line.substring(i, Math.min(line.length(), i + 4)));
        }
        return pieces;
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
