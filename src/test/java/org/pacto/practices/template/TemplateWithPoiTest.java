package org.pacto.practices.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An independent OOXML implementation (Apache POI) opens the generated DOCX, sees one table row per
 * field, and its own way of filling the answer cells is read back.
 */
class TemplateWithPoiTest {

    @Test
    void poiOpensTheTemplateAndItsAnswersAreReadBack() throws Exception {
        var sheet = new TemplateWriter.Sheet("en", "Template", List.of("Intro"),
                List.of("Key", "Field", "Guidance", "Answer"),
                java.util.Arrays.stream(TemplateField.values())
                        .map(f -> new TemplateWriter.Row(f.key(), "Label " + f.key(), List.of("Guide"))).toList());
        byte[] filled;
        try (var document = new XWPFDocument(new ByteArrayInputStream(TemplateWriter.docx(sheet)))) {
            assertThat(document.getParagraphs().getFirst().getText()).isEqualTo("Template");
            assertThat(document.getTables()).hasSize(1);
            List<XWPFTableRow> rows = document.getTables().getFirst().getRows();
            assertThat(rows).hasSize(TemplateField.values().length + 1);
            for (XWPFTableRow row : rows.subList(1, rows.size())) {
                XWPFTableCell answer = row.getTableCells().getLast();
                String key = row.getCell(0).getText();
                answer.getParagraphs().getFirst().createRun().setText("First line of " + key);
                var second = answer.addParagraph();
                second.createRun().setText("second ");
                second.createRun().setText("line");
            }
            var out = new ByteArrayOutputStream();
            document.write(out);
            filled = out.toByteArray();
        }
        var read = TemplateReader.read(filled);
        assertThat(read.byKey()).hasSize(TemplateField.values().length)
                .containsEntry("title", "First line of title\nsecond line")
                .containsEntry("contactPhone", "First line of contactPhone\nsecond line");
    }
}
