package org.hatecrime.kit.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The page flow the platform's PDFs share (the board's report, subject access exports): A4 pages
 * written from the top down, {@link #y} the next baseline, a new page when a block does not fit
 * above the bottom margin, in the fonts of {@link PdfText}. A writer draws on {@link #page} and
 * moves {@link #y} down; {@link #finish} gives the document's bytes.
 */
public abstract class A4Pages {

    protected final PDDocument document;
    protected final PDFont regular;
    protected final PDFont bold;
    protected PDPageContentStream page;
    protected float y;
    private final float margin;

    protected A4Pages(PDDocument document, float margin) throws IOException {
        this.document = document;
        this.margin = margin;
        PdfText.Fonts fonts = PdfText.embedIn(document);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
    }

    /** Starts a new page unless {@code height} points fit above the bottom margin. */
    protected void room(float height) throws IOException {
        if (y - height < margin) {
            newPage();
        }
    }

    /** Closes the page being written and starts the next, {@link #y} at its top margin. */
    protected void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - margin;
    }

    /** Closes the last page; the whole document as PDF. */
    protected byte[] finish() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}
