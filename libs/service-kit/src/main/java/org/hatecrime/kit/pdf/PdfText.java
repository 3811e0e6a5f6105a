package org.hatecrime.kit.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.Bidi;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text in the PDFs the platform writes (the board's report, subject access exports). The standard
 * PDF fonts draw only Western European text, so a victim named Łukasz, Ştefan or Олена would read
 * "?"; DejaVu Sans (from its Maven artifact, embedded as a subset of the glyphs used) draws Latin
 * with every accent, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic. Arabic letters change
 * shape with their neighbours: {@link #printable} joins them as they are written (ICU's
 * {@code ArabicShaping}: each letter in its isolated, initial, medial or final form, lam and alef
 * as one), and right-to-left runs are put in the order they are drawn ({@link #visual}). Other
 * scripts that need shaping (Syriac, Thaana, N'Ko, Mongolian, Mandaic) and letters the font has no
 * joined form for print as '?' with everything the font lacks; each PDF says so, and the JSON forms
 * hold the text exactly.
 */
public final class PdfText {

    /** What each PDF says about the characters it could not draw. */
    public static final String UNDRAWN_NOTE = "Characters this PDF cannot draw, such as Chinese or Syriac script, are shown as '?'; "
            + "the JSON form holds the text exactly.";

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final Set<UnicodeScript> NEEDS_SHAPING = Set.of(UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO,
            UnicodeScript.MONGOLIAN, UnicodeScript.MANDAIC);
    /** Letters in logical order to their joined forms; presentation forms already joined are left as they are. */
    private static final ArabicShaping ARABIC = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.LENGTH_GROW_SHRINK);

    /** The regular and the bold face, embedded into one document. */
    public record Fonts(PDFont regular, PDFont bold) {
    }

    private PdfText() {
    }

    /** Loads both faces into the document, which embeds only the glyphs it uses when saved. */
    public static Fonts embedIn(PDDocument document) throws IOException {
        return new Fonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true),
                PDType0Font.load(document, new ByteArrayInputStream(BOLD), true));
    }

    /**
     * The text with Arabic letters joined, each character the font cannot draw (or that needs a
     * shaping engine) as '?' and control characters as spaces; line breaks stay. Still in reading
     * order: {@link #visual} puts a line in drawing order. Applying it twice changes nothing.
     */
    public static String printable(PDFont font, String text) {
        String joined = joinArabic(text);
        StringBuilder printable = new StringBuilder(joined.length());
        joined.codePoints().forEach(c -> {
            if (c == '\n') {
                printable.append('\n');
            } else if (Character.isISOControl(c)) {
                printable.append(' ');
            } else if (NEEDS_SHAPING.contains(UnicodeScript.of(c)) || !drawable(font, c)) {
                printable.append('?');
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }

    /**
     * One line as it is drawn from left to right: runs of right-to-left text (Hebrew, say) reversed
     * and placed by the Unicode bidirectional algorithm; left-to-right text as it is.
     */
    public static String visual(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int run = 0; run < runs; run++) {
            levels[run] = (byte) bidi.getRunLevel(run);
            order[run] = run;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder drawn = new StringBuilder(line.length());
        for (int run : order) {
            String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            drawn.append(bidi.getRunLevel(run) % 2 == 1 ? new StringBuilder(text).reverse() : text);
        }
        return drawn.toString();
    }

    private static String joinArabic(String text) {
        if (text.codePoints().noneMatch(c -> UnicodeScript.of(c) == UnicodeScript.ARABIC)) {
            return text;
        }
        try {
            return ARABIC.shape(text);
        } catch (ArabicShapingException e) {
            // only with options that ask to keep the length, which these do not
            throw new IllegalStateException("could not join Arabic letters", e);
        }
    }

    private static boolean drawable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfText.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
