package org.hatecrime.reporting.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.hatecrime.kit.pdf.A4Pages;
import org.hatecrime.kit.pdf.PdfText;

/**
 * A subject access export as an A4 PDF the person can read: the request, what the processing is
 * for, then each service's records, every field with a label in words ("receivedAt" reads
 * "Received at"), nested records indented, lists numbered. Written in DejaVu Sans, as the board
 * report is, so names in accented Latin, Greek, Cyrillic or Hebrew print as written ({@link PdfText}).
 */
final class SubjectAccessPdf extends A4Pages {

    static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 48;
    private static final float INDENT = 12;
    private static final float SIZE = 9;
    private static final float LINE = 12;

    /** The services by the names a person knows them by. */
    private static final Map<String, String> SERVICES = Map.of(
            "reporting-service", "intake (the reports)",
            "victim-care-service", "victim care (referrals and support)",
            "case-service", "case progression (the police and the Crown Prosecution Service)",
            "analytics-service", "analytics (statistics)");

    private SubjectAccessPdf(PDDocument document) throws IOException {
        super(document, MARGIN);
    }

    static byte[] render(Map<String, Object> export) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle("Subject access export");
            SubjectAccessPdf pdf = new SubjectAccessPdf(document);
            pdf.write(export);
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the subject access export as PDF", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void write(Map<String, Object> export) throws IOException {
        newPage();
        line(bold, 16, 0, "Subject access export");
        y -= LINE / 2;
        wrapped(regular, SIZE, 0, "Everything the hate crime reporting platform held about the person named below when the export "
                + "was made, from each of its services. Personal details are shown as held; what was erased can no longer be read "
                + "by anyone and is shown as erased. " + PdfText.UNDRAWN_NOTE);
        heading("The request");
        fields((Map<String, Object>) export.get("request"), 0);
        heading("The person");
        fields((Map<String, Object>) export.get("person"), 0);
        heading("About the processing");
        for (Object paragraph : (List<Object>) export.get("aboutTheProcessing")) {
            wrapped(regular, SIZE, 0, String.valueOf(paragraph));
        }
        for (Object held : (List<Object>) export.get("services")) {
            Map<String, Object> service = (Map<String, Object>) held;
            heading("Held by " + SERVICES.getOrDefault(String.valueOf(service.get("service")), String.valueOf(service.get("service"))));
            if (service.get("description") != null) {
                wrapped(regular, SIZE, 0, service.get("description").toString());
            }
            service.forEach((key, value) -> {
                if (!key.equals("service") && !key.equals("description")) {
                    field(key, value, 0);
                }
            });
        }
    }

    private void heading(String text) throws IOException {
        room(LINE * 3);
        y -= LINE / 2;
        line(bold, 12, 0, text);
    }

    private void fields(Map<String, Object> map, float indent) {
        if (map != null) {
            map.forEach((key, value) -> field(key, value, indent));
        }
    }

    @SuppressWarnings("unchecked")
    private void field(String key, Object value, float indent) {
        try {
            String label = label(key);
            if (value instanceof Map<?, ?> map) {
                line(bold, SIZE, indent, label);
                fields((Map<String, Object>) map, indent + INDENT);
            } else if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map<?, ?>)) {
                line(bold, SIZE, indent, label + " (" + list.size() + ")");
                int number = 1;
                for (Object item : list) {
                    if (item instanceof Map<?, ?> map) {
                        line(bold, SIZE, indent + INDENT, singular(label) + " " + number++);
                        fields((Map<String, Object>) map, indent + 2 * INDENT);
                    } else {
                        wrapped(regular, SIZE, indent + INDENT, String.valueOf(item));
                    }
                }
            } else if (value instanceof List<?> list) {
                wrapped(regular, SIZE, indent, label + ": " + (list.isEmpty() ? "none" : String.join("; ", list.stream().map(String::valueOf).toList())));
            } else {
                wrapped(regular, SIZE, indent, label + ": " + (value == null ? "none" : value instanceof Boolean yes ? (yes ? "yes" : "no") : value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "receivedAt" reads "Received at", "crimeReference" "Crime reference". */
    static String label(String key) {
        StringBuilder words = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c) && words.length() > 0) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(words.length() == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return words.toString();
    }

    private static String singular(String label) {
        String first = label.split(" ")[0];
        return first.endsWith("ies") ? first.substring(0, first.length() - 3) + "y" : first.endsWith("s") ? first.substring(0, first.length() - 1)
                : first;
    }

    private void line(PDFont font, float size, float indent, String text) throws IOException {
        room(LINE);
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN + indent, y);
        page.showText(PdfText.visual(PdfText.printable(font, text)));
        page.endText();
        y -= size >= 12 ? LINE * 1.4f : LINE;
    }

    /** The text over as many lines as it needs; a word longer than a line is cut into pieces. */
    private void wrapped(PDFont font, float size, float indent, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String paragraph : PdfText.printable(font, text).split("\n")) {
            StringBuilder current = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (widthOf(font, size, word) > width) {
                    int cut = word.length() - 1;
                    while (cut > 1 && widthOf(font, size, word.substring(0, cut)) > width) {
                        cut--;
                    }
                    if (current.length() > 0) {
                        line(font, size, indent, current.toString());
                        current = new StringBuilder();
                    }
                    line(font, size, indent, word.substring(0, cut));
                    word = word.substring(cut);
                }
                String longer = current.length() == 0 ? word : current + " " + word;
                if (widthOf(font, size, longer) > width && current.length() > 0) {
                    line(font, size, indent, current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(longer);
                }
            }
            line(font, size, indent, current.toString());
        }
    }

    private static float widthOf(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

}
