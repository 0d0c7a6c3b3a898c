package org.pacto.services.web;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.pacto.services.domain.Cards;
import org.springframework.context.MessageSource;

/**
 * The printed registration card (issue 13): one ID-1 card (ISO/IEC 7810, 85.60 × 53.98 mm) on an A4 sheet, to cut
 * out, with the holder's data and a QR code of the public verification link, which tells only whether the card
 * is valid, expired or revoked. The QR code is drawn as vector squares (ISO/IEC 18004, level M, four-module
 * quiet zone) so that it prints sharp at any size.
 */
final class CardSheet {

    /** 1 mm in PDF points. */
    private static final float MM = 72f / 25.4f;
    private static final float CARD_WIDTH = 85.60f * MM;
    private static final float CARD_HEIGHT = 53.98f * MM;
    private static final float QR_SIZE = 24f * MM;
    private static final int QUIET_ZONE = 4;

    private CardSheet() {
    }

    /** The QR code's modules for a text: {@code true} is dark. Level M recovers from 15 % damage. */
    static boolean[][] modules(String text) {
        try {
            ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of()).getMatrix();
            boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    dark[y][x] = matrix.get(x, y) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalStateException("a verification link always fits a QR code", e);
        }
    }

    static byte[] pdf(Cards.Printable card, String verificationUrl, MessageSource messages, Locale locale) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        try (var out = new ByteArrayOutputStream()) {
            var document = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(message(messages, locale, "services.print.title") + " " + card.number());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            float left = 36 + 10 * MM;
            float bottom = PageSize.A4.getHeight() - 36 - 10 * MM - CARD_HEIGHT;

            // the card's outline, to cut along, with rounded corners (ID-1: 3.18 mm radius)
            canvas.setColorStroke(Color.GRAY);
            canvas.setLineWidth(0.5f);
            canvas.roundRectangle(left, bottom, CARD_WIDTH, CARD_HEIGHT, 3.18f * MM);
            canvas.stroke();

            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            Font label = FontFactory.getFont(FontFactory.HELVETICA, 5.5f, Color.DARK_GRAY);
            Font value = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
            float x = left + 4 * MM;
            float top = bottom + CARD_HEIGHT - 4 * MM;
            text(canvas, card.issuer(), title, x, top - 8);
            text(canvas, message(messages, locale, "services.print.title"), label, x, top - 15);

            float textX = x;
            if (card.photo() != null) {
                try {
                    Image photo = Image.getInstance(card.photo());
                    photo.scaleToFit(18 * MM, 24 * MM);
                    photo.setAbsolutePosition(x, bottom + 4 * MM);
                    canvas.addImage(photo);
                    textX = x + 20 * MM;
                } catch (IOException | RuntimeException e) {
                    // a photo the PDF library cannot read is left off; the card is valid without one
                    textX = x;
                }
            }
            float y = top - 26;
            y = field(canvas, message(messages, locale, "services.desk.name"), card.name(), label, value, textX, y);
            y = field(canvas, message(messages, locale, "services.desk.birth"), dates.format(card.birthDate()),
                    label, value, textX, y);
            y = field(canvas, message(messages, locale, "services.desk.address"), card.address(), label, value,
                    textX, y);
            y = field(canvas, message(messages, locale, "services.desk.number"), card.number(), label, value, textX, y);
            field(canvas, message(messages, locale, "services.desk.expires"), dates.format(card.expires()), label,
                    value, textX, y);

            float qrLeft = left + CARD_WIDTH - 4 * MM - QR_SIZE;
            float qrBottom = bottom + 6 * MM;
            qr(canvas, modules(verificationUrl), qrLeft, qrBottom, QR_SIZE);
            text(canvas, message(messages, locale, "services.print.scan"), label, qrLeft, qrBottom - 7);

            float noteTop = bottom - 10 * MM;
            var note = new ColumnText(canvas);
            note.setSimpleColumn(left, noteTop - 60, left + 150 * MM, noteTop);
            note.addText(new Phrase(message(messages, locale, "services.print.note") + " " + verificationUrl,
                    FontFactory.getFont(FontFactory.HELVETICA, 8)));
            note.go();
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the card could not be drawn", e);
        }
    }

    private static void qr(PdfContentByte canvas, boolean[][] dark, float left, float bottom, float size) {
        int count = dark.length + 2 * QUIET_ZONE;
        float module = size / count;
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(left, bottom, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < dark.length; row++) {
            for (int column = 0; column < dark[row].length; column++) {
                if (dark[row][column]) {
                    canvas.rectangle(left + (column + QUIET_ZONE) * module,
                            bottom + size - (row + QUIET_ZONE + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }

    private static float field(PdfContentByte canvas, String label, String value, Font labelFont, Font valueFont,
                               float x, float y) {
        text(canvas, label, labelFont, x, y);
        text(canvas, value, valueFont, x, y - 7);
        return y - 17;
    }

    private static void text(PdfContentByte canvas, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), x, y, 0);
    }

    private static String message(MessageSource messages, Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
