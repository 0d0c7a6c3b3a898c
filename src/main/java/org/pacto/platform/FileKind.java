package org.pacto.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file Pacto accepts as attachments, recognised by their content (magic bytes and, for
 * containers, the parts inside), never by their name. Pure code: no Spring, no web types.
 *
 * <p>Detection: PDF {@code %PDF-}; PNG signature; JPEG {@code FF D8 FF}; RTF <code>{\rtf</code>; OLE2
 * compound files (legacy doc/xls/ppt) told apart by their directory stream names {@code WordDocument},
 * {@code Workbook}/{@code Book} and {@code PowerPoint Document}; ZIP-based OOXML by {@code [Content_Types].xml}
 * and its main part folder ({@code word/}, {@code xl/}, {@code ppt/}); ODF by its first entry
 * {@code mimetype} holding the OpenDocument media type; plain text is valid UTF-8 without NUL bytes.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    RTF("application/rtf", "rtf"),
    TEXT("text/plain; charset=UTF-8", "txt"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp");

    /** Largest attachment accepted: 25 MB. */
    public static final long MAX_BYTES = 25L * 1024 * 1024;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file name's extension belongs to this kind (case-insensitive). */
    public boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The kind of the file's content, or empty when it is none of the accepted kinds. */
    public static Optional<FileKind> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (head.length == 0) {
            return Optional.empty();
        }
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(RTF);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return ole2(file);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return zip(file);
        }
        return text(file) ? Optional.of(TEXT) : Optional.empty();
    }

    /** Legacy Office: the compound file's directory names its main stream. */
    private static Optional<FileKind> ole2(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (contains(all, utf16("WordDocument"))) {
            return Optional.of(DOC);
        }
        if (contains(all, utf16("PowerPoint Document"))) {
            return Optional.of(PPT);
        }
        if (contains(all, utf16("Workbook")) || contains(all, utf16("Book"))) {
            return Optional.of(XLS);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> zip(Path file) throws IOException {
        // ODF: the first entry is "mimetype", stored, holding the media type
        try (var in = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = in.getNextEntry();
            if (first != null && first.getName().equals("mimetype")) {
                String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                for (FileKind kind : List.of(ODT, ODS, ODP)) {
                    if (kind.mediaType.equals(type)) {
                        return Optional.of(kind);
                    }
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            boolean word = false;
            boolean excel = false;
            boolean powerpoint = false;
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                powerpoint |= name.startsWith("ppt/");
            }
            int parts = (word ? 1 : 0) + (excel ? 1 : 0) + (powerpoint ? 1 : 0);
            if (parts != 1) {
                return Optional.empty();
            }
            return Optional.of(word ? DOCX : excel ? XLSX : PPTX);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean text(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] all = Files.readAllBytes(file);
        for (byte b : all) {
            if (b == 0) {
                return false;
            }
        }
        try {
            decoder.decode(java.nio.ByteBuffer.wrap(all));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
