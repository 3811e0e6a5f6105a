package org.hatecrime.analytics.api.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.hatecrime.analytics.api.charts.Drawing;
import org.hatecrime.analytics.domain.board.BoardReport;
import org.hatecrime.kit.pdf.A4Pages;
import org.hatecrime.kit.pdf.PdfText;

/**
 * The board report as an A4 PDF: the same tables as the HTML page and the same charts, drawn as
 * vector marks (not pictures), in DejaVu Sans embedded as a subset, so district names and activity
 * titles in accented Latin, Greek, Cyrillic or Hebrew print as written ({@link PdfText}).
 */
public final class BoardReportPdf extends A4Pages {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 48;
    private static final float LINE = 14;

    private BoardReportPdf(PDDocument document) throws IOException {
        super(document, MARGIN);
    }

    public static byte[] render(BoardReport report) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(BoardReportHtml.title(report));
            info.setSubject("Partnership board report " + report.quarter());
            BoardReportPdf pdf = new BoardReportPdf(document);
            pdf.write(report);
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the board report as PDF", e);
        }
    }

    private void write(BoardReport report) throws IOException {
        newPage();
        text(bold, 16, MARGIN, y, BoardReportHtml.title(report));
        y -= LINE * 1.6f;
        paragraph("Quarter " + report.quarter() + ", " + report.start() + " to " + report.end() + ", against " + report.previousQuarter()
                + " and " + report.yearBeforeQuarter() + ". Produced " + report.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + ".", 9);
        paragraph(BoardReportTables.disclosureNote(report), 9);
        for (Drawing chart : BoardCharts.all(report)) {
            chart(chart);
        }
        for (BoardReportTables.Table table : BoardReportTables.of(report)) {
            table(table);
        }
    }

    private void chart(Drawing drawing) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float scale = (float) (width / drawing.width());
        float height = (float) drawing.height() * scale;
        room(height + LINE);
        float top = y;
        for (Drawing.Mark mark : drawing.marks()) {
            if (mark instanceof Drawing.Box box) {
                colour(box.colour(), false);
                page.addRect(MARGIN + (float) box.x() * scale, top - (float) (box.y() + box.height()) * scale,
                        (float) box.width() * scale, (float) box.height() * scale);
                page.fill();
            } else if (mark instanceof Drawing.Line line) {
                colour(line.colour(), true);
                page.setLineWidth((float) line.strokeWidth() * scale);
                page.moveTo(MARGIN + (float) line.x1() * scale, top - (float) line.y1() * scale);
                page.lineTo(MARGIN + (float) line.x2() * scale, top - (float) line.y2() * scale);
                page.stroke();
            } else if (mark instanceof Drawing.Polyline line) {
                colour(line.colour(), true);
                page.setLineWidth((float) line.strokeWidth() * scale);
                for (int i = 0; i < line.points().size(); i++) {
                    double[] point = line.points().get(i);
                    float px = MARGIN + (float) point[0] * scale;
                    float py = top - (float) point[1] * scale;
                    if (i == 0) {
                        page.moveTo(px, py);
                    } else {
                        page.lineTo(px, py);
                    }
                }
                page.stroke();
            } else if (mark instanceof Drawing.Dot dot) {
                colour(dot.colour(), false);
                float r = (float) dot.radius() * scale;
                page.addRect(MARGIN + (float) dot.x() * scale - r, top - (float) dot.y() * scale - r, 2 * r, 2 * r);
                page.fill();
            } else if (mark instanceof Drawing.Label label) {
                colour(label.colour(), false);
                float size = (float) label.size() * scale;
                String text = PdfText.printable(regular, label.text());
                float textWidth = regular.getStringWidth(text) / 1000 * size;
                float shift = switch (label.anchor()) {
                    case START -> 0;
                    case MIDDLE -> textWidth / 2;
                    case END -> textWidth;
                };
                double angle = Math.toRadians(-label.angle());
                float x = MARGIN + (float) label.x() * scale;
                float baseline = top - (float) label.y() * scale;
                page.beginText();
                page.setFont(regular, size);
                page.setTextMatrix(Matrix.getRotateInstance(angle, x - shift * (float) Math.cos(angle), baseline - shift * (float) Math.sin(angle)));
                page.showText(PdfText.visual(text));
                page.endText();
            }
        }
        colour("#000000", false);
        y = top - height - LINE;
    }

    private void table(BoardReportTables.Table table) throws IOException {
        room(LINE * 4);
        text(bold, 12, MARGIN, y, table.heading());
        y -= LINE * 1.3f;
        if (table.note() != null) {
            paragraph(table.note(), 8);
        }
        if (table.rows().isEmpty()) {
            return;
        }
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        int columns = table.columns().size();
        float first = columns > 4 ? width * 0.3f : width * 0.4f;
        float other = (width - first) / (columns - 1);
        row(bold, table.columns(), first, other);
        for (List<String> cells : table.rows()) {
            room(LINE);
            row(regular, cells, first, other);
        }
        y -= LINE / 2;
    }

    private void row(PDFont font, List<String> cells, float first, float other) throws IOException {
        float x = MARGIN;
        String label = PdfText.printable(font, cells.get(0));
        if (font.getStringWidth(label) / 1000 * 8 > first - 4) {
            // a long label (an activity's title) gets a line of its own rather than being cut
            text(font, 8, x, y, label);
            y -= LINE;
            room(LINE);
            cells = new java.util.ArrayList<>(cells);
            cells.set(0, "");
        }
        for (int i = 0; i < cells.size(); i++) {
            float width = i == 0 ? first : other;
            text(font, 8, x, y, fit(font, 8, cells.get(i), width - 4));
            x += width;
        }
        y -= LINE;
    }

    private void paragraph(String text, float size) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        StringBuilder line = new StringBuilder();
        for (String word : PdfText.printable(regular, text).split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (regular.getStringWidth(longer) / 1000 * size > width && line.length() > 0) {
                room(LINE);
                text(regular, size, MARGIN, y, line.toString());
                y -= size * 1.4f;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        room(LINE);
        text(regular, size, MARGIN, y, line.toString());
        y -= size * 1.4f + 4;
    }

    private void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(PdfText.visual(PdfText.printable(font, text)));
        page.endText();
    }

    /** The text cut to {@code width} points, with an ellipsis where cut. */
    private static String fit(PDFont font, float size, String text, float width) throws IOException {
        String printable = PdfText.printable(font, text);
        if (font.getStringWidth(printable) / 1000 * size <= width) {
            return printable;
        }
        String cut = printable;
        while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }


    private void colour(String hex, boolean stroke) throws IOException {
        float r = Integer.parseInt(hex.substring(1, 3), 16) / 255f;
        float g = Integer.parseInt(hex.substring(3, 5), 16) / 255f;
        float b = Integer.parseInt(hex.substring(5, 7), 16) / 255f;
        if (stroke) {
            page.setStrokingColor(r, g, b);
        } else {
            page.setNonStrokingColor(r, g, b);
        }
    }
}
