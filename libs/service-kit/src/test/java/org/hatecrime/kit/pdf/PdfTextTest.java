package org.hatecrime.kit.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Names as victims give them print as written in the platform's PDFs, and what cannot be drawn rightly says so. */
class PdfTextTest {

    private static final String NAMES = "Łukasz Wiśniewski, Ştefan Ţurcanu, Олена Коваленко, Γιώργος Παπαδόπουλος, Ahmet Yılmaz";
    /** Arabic and Persian spellings: Mohammed Ali, Fatima Zahra, Leila. */
    private static final String ARABIC_NAMES = "محمد علی، فاطمة الزهراء، لیلا";

    @Test
    void accentedLatinGreekAndCyrillicNamesPrintAsWrittenAndSurviveInThePdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText.Fonts fonts = PdfText.embedIn(document);
            assertThat(PdfText.printable(fonts.regular(), NAMES)).isEqualTo(NAMES);
            assertThat(PdfText.printable(fonts.bold(), NAMES)).isEqualTo(NAMES);

            assertThat(textOf(written(document, fonts, NAMES))).contains(NAMES);
        }
    }

    @Test
    void arabicNamesAreJoinedAsWrittenAndReadBackFromThePdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText.Fonts fonts = PdfText.embedIn(document);
            String printable = PdfText.printable(fonts.regular(), ARABIC_NAMES);
            assertThat(printable).as("every letter drawn").doesNotContain("?")
                    .as("joined: presentation forms, not the letters as typed").isNotEqualTo(ARABIC_NAMES);
            // Mohammed: meem initial, hah medial, meem medial, dal final
            assertThat(PdfText.printable(fonts.regular(), "محمد")).isEqualTo("\uFEE3\uFEA4\uFEE4\uFEAA");
            assertThat(PdfText.printable(fonts.regular(), "لا")).as("lam and alef as one").isEqualTo("\uFEFB");

            String read = textOf(written(document, fonts, "Name: " + ARABIC_NAMES));
            assertThat(Normalizer.normalize(read, Normalizer.Form.NFKC)).as("read back in reading order")
                    .contains("Name: " + ARABIC_NAMES);
        }
    }

    @Test
    void scriptsThatNeedShapingAndCharactersTheFontLacksPrintAsQuestionMarksAndControlsAsSpaces() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfText.Fonts fonts = PdfText.embedIn(document);
            assertThat(PdfText.printable(fonts.regular(), "ܫܠܡܐ")).as("Syriac: no shaping engine for it").isEqualTo("????");
            assertThat(PdfText.printable(fonts.regular(), "王芳")).isEqualTo("??");
            assertThat(PdfText.printable(fonts.regular(), "a\tb\nc")).isEqualTo("a b\nc");
            String once = PdfText.printable(fonts.regular(), "Ali محمد علی ܫܠܡܐ " + NAMES);
            assertThat(PdfText.printable(fonts.regular(), once)).as("applying it twice changes nothing").isEqualTo(once);
        }
    }

    @Test
    void rightToLeftRunsAreDrawnInReadingOrderFromTheRight() {
        assertThat(PdfText.visual("Sam Example")).isEqualTo("Sam Example");
        // Hebrew "shalom" is stored first letter first; drawn left to right, its last letter comes first
        assertThat(PdfText.visual("שלום")).isEqualTo("םולש");
        assertThat(PdfText.visual("Name: דוד כהן")).isEqualTo("Name: ןהכ דוד");
    }

    private static byte[] written(PDDocument document, PdfText.Fonts fonts, String text) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(fonts.regular(), 10);
            content.newLineAtOffset(40, 700);
            content.showText(PdfText.visual(PdfText.printable(fonts.regular(), text)));
            content.endText();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(read);
        }
    }
}
