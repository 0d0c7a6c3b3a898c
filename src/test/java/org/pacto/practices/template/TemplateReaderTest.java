package org.pacto.practices.template;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacto.platform.FileKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template's writer and reader without the application: formats, round trips and refused files. */
class TemplateReaderTest {

    private static final TemplateWriter.Sheet SHEET = new TemplateWriter.Sheet("es", "Plantilla & <prueba>",
            List.of("Introducción"), List.of("Clave", "Campo", "Indicaciones", "Respuesta"),
            java.util.Arrays.stream(TemplateField.values())
                    .map(f -> new TemplateWriter.Row(f.key(), "Etiqueta " + f.key(), List.of("Guía 1", "Guía 2")))
                    .toList());

    static byte[] template(String format) {
        return format.equals("odt") ? TemplateWriter.odt(SHEET) : TemplateWriter.docx(SHEET);
    }

    @Test
    void theDocxHasItsPartsAndWellFormedXml() throws Exception {
        var entries = FilledTemplates.entries(TemplateWriter.docx(SHEET));
        assertThat(entries).containsKeys("[Content_Types].xml", "_rels/.rels", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml");
        entries.values().forEach(xml -> assertThat(TemplateReader.parse(xml)).isNotNull());
        String document = new String(entries.get("word/document.xml"), StandardCharsets.UTF_8);
        TemplateField.keys().forEach(k -> assertThat(document).contains(">" + k + "<"));
        assertThat(document).contains("Plantilla &amp; &lt;prueba&gt;");
        assertThat(kind(TemplateWriter.docx(SHEET))).isEqualTo(FileKind.DOCX);
    }

    @Test
    void theOdtStartsWithItsStoredMimetype() throws Exception {
        byte[] odt = TemplateWriter.odt(SHEET);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.text");
        }
        // the media type is readable at byte 38, as ODF requires ("mimetype" stored, no extra field)
        assertThat(new String(odt, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(odt, 38, 39, StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.text");
        var entries = FilledTemplates.entries(odt);
        assertThat(entries).containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml");
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".xml")) {
                assertThat(TemplateReader.parse(bytes)).isNotNull();
            }
        });
        assertThat(kind(odt)).isEqualTo(FileKind.ODT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void everyAnswerComesBackWhateverTheRuns(String format) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String key : TemplateField.keys()) {
            answers.put(key, "Respuesta para " + key + " — ñandú «ok»");
        }
        answers.put("description", "Primer párrafo.\n\nTercer párrafo, tras uno vacío.");
        answers.put("locality", "ab  cd");
        var read = TemplateReader.read(FilledTemplates.fill(template(format), answers));
        assertThat(read.kind()).isEqualTo(format.equals("odt") ? FileKind.ODT : FileKind.DOCX);
        assertThat(read.byKey()).isEqualTo(answers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void anEmptyTemplateGivesEveryKeyWithoutAnswer(String format) {
        var read = TemplateReader.read(template(format));
        assertThat(read.byKey().keySet()).containsExactlyElementsOf(TemplateField.keys());
        assertThat(read.byKey().values()).allMatch(String::isEmpty);
    }

    @Test
    void keysAreFoundWhateverTheirCaseOrSpaces() throws Exception {
        var entries = FilledTemplates.entries(TemplateWriter.odt(SHEET));
        String xml = new String(entries.get("content.xml"), StandardCharsets.UTF_8)
                .replace(">startDate<", "> Start<text:s/>Date <");
        entries.put("content.xml", xml.getBytes(StandardCharsets.UTF_8));
        byte[] filled = FilledTemplates.fill(FilledTemplates.zip(entries), Map.of("title", "T"));
        var read = TemplateReader.read(filled).byKey();
        assertThat(read).containsKey("startDate").containsEntry("title", "T");
    }

    @Test
    void aContentControlShowingItsPlaceholderIsNoAnswer() throws Exception {
        var entries = FilledTemplates.entries(TemplateWriter.docx(SHEET));
        String xml = new String(entries.get("word/document.xml"), StandardCharsets.UTF_8);
        int row = xml.indexOf(">title<");
        int lastCell = xml.indexOf("<w:tc>", xml.indexOf("Guía 2", row));
        int paragraph = xml.indexOf("<w:p>", lastCell);
        xml = xml.substring(0, paragraph) + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r>"
                + "<w:t>Escriba aquí</w:t></w:r></w:p></w:sdtContent></w:sdt>" + xml.substring(paragraph);
        entries.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(TemplateReader.read(FilledTemplates.zip(entries)).byKey()).containsEntry("title", "");
    }

    @Test
    void filesThatAreNotATemplateAreRefusedWithTheirReason() throws Exception {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        refused(random, "template-wrong-kind");
        refused(new byte[0], "template-empty");
        refused(FilledTemplates.zip(Map.of()), "template-wrong-kind");
        refused(png(), "template-wrong-kind");
        refused("just some text".getBytes(StandardCharsets.UTF_8), "template-wrong-kind");

        var docx = FilledTemplates.entries(TemplateWriter.docx(SHEET));
        var broken = new LinkedHashMap<>(docx);
        broken.put("word/document.xml", "<w:document xmlns:w=\"x\"><w:body>".getBytes(StandardCharsets.UTF_8));
        refused(FilledTemplates.zip(broken), "template-unreadable");

        var noDocument = new LinkedHashMap<>(docx);
        noDocument.remove("word/document.xml");
        refused(FilledTemplates.zip(noDocument), "template-unreadable");

        var notOurs = new LinkedHashMap<>(docx);
        notOurs.put("word/document.xml", ("<w:document xmlns:w=\"" + TemplateWriter.W + "\"><w:body><w:p><w:r>"
                + "<w:t>Una carta</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        refused(FilledTemplates.zip(notOurs), "template-not-ours");

        byte[] truncated = java.util.Arrays.copyOf(TemplateWriter.docx(SHEET), 900);
        assertThatThrownBy(() -> TemplateReader.read(truncated)).isInstanceOf(TemplateReader.Refused.class);
    }

    @Test
    void externalEntitiesAndDtdsAreRefusedAndNeverRead() throws Exception {
        var secret = Files.createTempFile("pacto-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        var docx = FilledTemplates.entries(TemplateWriter.docx(SHEET));
        String xml = new String(docx.get("word/document.xml"), StandardCharsets.UTF_8);
        String payload = xml.replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x "
                + "SYSTEM \"" + secret.toUri() + "\">]>").replace(">title<", ">title</w:t></w:r></w:p><w:p><w:r><w:t>&x;<");
        docx.put("word/document.xml", payload.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TemplateReader.read(FilledTemplates.zip(docx)))
                .isInstanceOf(TemplateReader.Refused.class)
                .satisfies(e -> assertThat(((TemplateReader.Refused) e).code()).isEqualTo("template-unreadable"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
        Files.delete(secret);

        var billion = FilledTemplates.entries(TemplateWriter.odt(SHEET));
        billion.put("content.xml", ("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><a>&b;</a>").getBytes(StandardCharsets.UTF_8));
        refused(FilledTemplates.zip(billion), "template-unreadable");
    }

    @Test
    void zipBombsAndHugeFilesAreRefused() throws Exception {
        var docx = FilledTemplates.entries(TemplateWriter.docx(SHEET));
        docx.put("word/media/padding.bin", new byte[(int) TemplateReader.MAX_UNCOMPRESSED_BYTES + 1]);
        byte[] bomb = FilledTemplates.zip(docx);
        assertThat(bomb.length).isLessThan(100_000);
        refused(bomb, "template-too-large");

        var many = FilledTemplates.entries(TemplateWriter.docx(SHEET));
        for (int i = 0; i < TemplateReader.MAX_ENTRIES; i++) {
            many.put("word/part" + i + ".xml", new byte[0]);
        }
        refused(FilledTemplates.zip(many), "template-too-large");

        refused(new byte[TemplateReader.MAX_FILE_BYTES + 1], "template-too-large");
    }

    private static void refused(byte[] file, String code) {
        assertThatThrownBy(() -> TemplateReader.read(file)).isInstanceOf(TemplateReader.Refused.class)
                .satisfies(e -> assertThat(((TemplateReader.Refused) e).code()).as("code").isEqualTo(code));
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
            0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    }

    private static FileKind kind(byte[] file) throws Exception {
        var temp = Files.createTempFile("kind", ".bin");
        try {
            Files.write(temp, file);
            return FileKind.detect(temp).orElseThrow();
        } finally {
            Files.delete(temp);
        }
    }
}
