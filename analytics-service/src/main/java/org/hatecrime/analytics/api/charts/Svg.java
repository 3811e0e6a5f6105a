package org.hatecrime.analytics.api.charts;

import java.util.Locale;

/**
 * Writes a {@link Drawing} as a standalone SVG document: presentation attributes only (no style
 * element, no script), so it shows under a content security policy that forbids inline styles.
 */
public final class Svg {

    public static final String MEDIA_TYPE = "image/svg+xml";

    private Svg() {
    }

    public static String render(Drawing drawing) {
        return render(drawing, "chart");
    }

    /** The drawing with its title and description under ids starting {@code id}, unique when several share a page. */
    public static String render(Drawing drawing, String id) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" width=\"").append(n(drawing.width()))
                .append("\" height=\"").append(n(drawing.height())).append("\" viewBox=\"0 0 ").append(n(drawing.width())).append(' ')
                .append(n(drawing.height())).append("\" font-family=\"Helvetica, Arial, sans-serif\">");
        svg.append("<title id=\"" + id + "-title\">").append(escape(drawing.title())).append("</title>");
        svg.append("<desc id=\"" + id + "-desc\">").append(escape(drawing.description())).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        for (Drawing.Mark mark : drawing.marks()) {
            if (mark instanceof Drawing.Box box) {
                svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
                        .append(n(box.width())).append("\" height=\"").append(n(box.height())).append("\" fill=\"").append(box.colour())
                        .append("\"/>");
            } else if (mark instanceof Drawing.Line line) {
                svg.append("<line x1=\"").append(n(line.x1())).append("\" y1=\"").append(n(line.y1())).append("\" x2=\"")
                        .append(n(line.x2())).append("\" y2=\"").append(n(line.y2())).append("\" stroke=\"").append(line.colour())
                        .append("\" stroke-width=\"").append(n(line.strokeWidth())).append("\"/>");
            } else if (mark instanceof Drawing.Polyline line) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(line.colour()).append("\" stroke-width=\"")
                        .append(n(line.strokeWidth())).append("\" points=\"");
                for (int i = 0; i < line.points().size(); i++) {
                    double[] point = line.points().get(i);
                    svg.append(i == 0 ? "" : " ").append(n(point[0])).append(',').append(n(point[1]));
                }
                svg.append("\"/>");
            } else if (mark instanceof Drawing.Dot dot) {
                svg.append("<circle cx=\"").append(n(dot.x())).append("\" cy=\"").append(n(dot.y())).append("\" r=\"")
                        .append(n(dot.radius())).append("\" fill=\"").append(dot.colour()).append("\"/>");
            } else if (mark instanceof Drawing.Label label) {
                svg.append("<text x=\"").append(n(label.x())).append("\" y=\"").append(n(label.y())).append("\" font-size=\"")
                        .append(n(label.size())).append("\" fill=\"").append(label.colour()).append("\" text-anchor=\"")
                        .append(label.anchor().name().toLowerCase(Locale.ROOT)).append('"');
                if (label.angle() != 0) {
                    svg.append(" transform=\"rotate(").append(n(label.angle())).append(' ').append(n(label.x())).append(' ')
                            .append(n(label.y())).append(")\"");
                }
                svg.append('>').append(escape(label.text())).append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Text safe inside an element or a double-quoted attribute. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
