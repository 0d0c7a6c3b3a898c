package org.pacto.services.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pacto.services.domain.Cards;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The printed card: its QR code reads back as the verification link, and the sheet carries the card's data. */
class CardSheetTest {

    /** Renders the modules as a picture (4 pixels a module, 4-module quiet zone) and reads it with a QR reader. */
    static String decode(boolean[][] dark) throws Exception {
        int scale = 4;
        int size = (dark.length + 8) * scale;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < dark.length; y++) {
            for (int x = 0; x < dark.length; x++) {
                if (dark[y][x]) {
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            pixels[((y + 4) * scale + dy) * size + (x + 4) * scale + dx] = 0xFF000000;
                        }
                    }
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void theQrCodeReadsBackAsTheVerificationLink() throws Exception {
        String url = "https://pacto.example.org/card/verify/Zk3uQ9_x-2bA7cLmN0pQrStUvWxYz012";
        boolean[][] modules = CardSheet.modules(url);
        assertThat(modules.length).as("a square symbol of version 1-40").isBetween(21, 177);
        assertThat(decode(modules)).isEqualTo(url);
    }

    @Test
    void theSheetCarriesTheHolderTheNumberAndTheLinkInTheChosenLanguage() throws Exception {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/services/messages");
        messages.setDefaultEncoding("UTF-8");
        var card = new Cards.Printable("TM-2026-ABC234", "Rosa Sintética Pérez", LocalDate.of(1990, 5, 17),
                "Calle 12 nº 345, Quilmes", LocalDate.of(2026, 12, 1), LocalDate.of(2029, 12, 1), "issued",
                "Municipalidad de Quilmes", "/card/verify/abc", null);
        byte[] pdf = CardSheet.pdf(card, "http://localhost/card/verify/abc", messages, Locale.of("fr"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("TM-2026-ABC234", "Rosa Sintética Pérez", "Municipalidad de Quilmes",
                "Carte municipale", "http://localhost/card/verify/abc");
    }
}
