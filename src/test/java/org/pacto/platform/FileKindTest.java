package org.pacto.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKindTest {

    @TempDir
    Path dir;

    /** Generated sample bytes for every accepted kind. */
    static Map<FileKind, byte[]> samples() throws IOException {
        return Map.ofEntries(
                Map.entry(FileKind.PDF, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)),
                Map.entry(FileKind.PNG, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}),
                Map.entry(FileKind.JPEG, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}),
                Map.entry(FileKind.RTF, "{\\rtf1\\ansi Hola}".getBytes(StandardCharsets.US_ASCII)),
                Map.entry(FileKind.TEXT, "Migración ordenada — ñ\n".getBytes(StandardCharsets.UTF_8)),
                Map.entry(FileKind.DOC, ole2("WordDocument")),
                Map.entry(FileKind.XLS, ole2("Workbook")),
                Map.entry(FileKind.PPT, ole2("PowerPoint Document")),
                Map.entry(FileKind.DOCX, ooxml("word/document.xml")),
                Map.entry(FileKind.XLSX, ooxml("xl/workbook.xml")),
                Map.entry(FileKind.PPTX, ooxml("ppt/presentation.xml")),
                Map.entry(FileKind.ODT, odf("application/vnd.oasis.opendocument.text")),
                Map.entry(FileKind.ODS, odf("application/vnd.oasis.opendocument.spreadsheet")),
                Map.entry(FileKind.ODP, odf("application/vnd.oasis.opendocument.presentation")));
    }

    /** A minimal compound file: OLE2 signature, header padding, a directory entry with the stream name. */
    public static byte[] ole2(String stream) {
        byte[] file = new byte[1536];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, file, 0, magic.length);
        byte[] root = "Root Entry".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(root, 0, file, 512, root.length);
        byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, file, 640, name.length);
        return file;
    }

    public static byte[] ooxml(String mainPart) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    public static byte[] odf(String mediaType) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            var entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            var crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private Optional<FileKind> detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "sample", ".bin");
        Files.write(file, content);
        return FileKind.detect(file);
    }

    @Test
    void recognisesEveryAcceptedKindByContent() throws IOException {
        for (var sample : samples().entrySet()) {
            assertThat(detect(sample.getValue())).as(sample.getKey().name()).contains(sample.getKey());
        }
    }

    @Test
    void refusesOtherContent() throws IOException {
        assertThat(detect(new byte[] {'M', 'Z', 0, 0, 3})).as("executable").isEmpty();
        assertThat(detect(new byte[] {'G', 'I', 'F', '8', '9', 'a', 0})).as("gif").isEmpty();
        assertThat(detect(new byte[] {'h', 'i', 0, 'x'})).as("text with NUL").isEmpty();
        assertThat(detect(new byte[] {'h', (byte) 0xC3, (byte) 0x28})).as("invalid UTF-8").isEmpty();
        assertThat(detect(new byte[0])).as("empty").isEmpty();
        assertThat(detect(ole2("SomethingElse"))).as("OLE2 without a known stream").isEmpty();
        assertThat(detect(odf("application/vnd.oasis.opendocument.graphics"))).as("ODF drawing").isEmpty();
        var plainZip = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write('x');
        }
        assertThat(detect(plainZip.toByteArray())).as("plain zip").isEmpty();
        assertThat(detect(new byte[] {'P', 'K', 3, 4, 1, 2})).as("broken zip").isEmpty();
    }

    @Test
    void namesMustMatchTheContent() {
        assertThat(FileKind.PDF.matchesName("Informe.PDF")).isTrue();
        assertThat(FileKind.JPEG.matchesName("foto.jpeg")).isTrue();
        assertThat(FileKind.PDF.matchesName("foto.png")).isFalse();
        assertThat(FileKind.TEXT.matchesName("notes")).isFalse();
    }

    @Test
    void storeRefusesEmptyMismatchedAndUnknownFiles() throws IOException {
        var store = new FileStore(dir.toString());
        assertThatThrownBy(() -> store.receive("practices", "a.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("empty-file"));
        assertThatThrownBy(() -> store.receive("practices", "a.pdf",
                new ByteArrayInputStream(samples().get(FileKind.PNG))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("unsupported-file-type"));
        assertThatThrownBy(() -> store.receive("practices", "a.exe", new ByteArrayInputStream(new byte[] {'M', 0})))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("unsupported-file-type"));
        try (var files = Files.list(dir.resolve("files/practices"))) {
            assertThat(files).as("refused uploads leave nothing behind").isEmpty();
        }
    }

    @Test
    void storeRefusesOversizeFiles() {
        var store = new FileStore(dir.toString());
        var huge = new java.io.InputStream() {
            long left = FileKind.MAX_BYTES + 10;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        assertThatThrownBy(() -> store.receive("pledges", "big.txt", huge))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("too-large"));
    }

    @Test
    void storeKeepsCheckedUploadsWithTheirDigest() throws IOException {
        var store = new FileStore(dir.toString());
        byte[] pdf = samples().get(FileKind.PDF);
        var upload = store.receive("pledges", "../../etc/Informe.pdf", new ByteArrayInputStream(pdf));
        assertThat(upload.fileName()).isEqualTo("Informe.pdf");
        assertThat(upload.kind()).isEqualTo(FileKind.PDF);
        assertThat(upload.size()).isEqualTo(pdf.length);
        assertThat(upload.sha256()).hasSize(64);
        store.keep(upload);
        assertThat(store.content("pledges", upload.id()).getContentAsByteArray()).isEqualTo(pdf);
        assertThat(upload.temporary()).doesNotExist();
    }
}
