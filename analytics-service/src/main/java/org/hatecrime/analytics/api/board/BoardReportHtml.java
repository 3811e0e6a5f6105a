package org.hatecrime.analytics.api.board;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.hatecrime.analytics.api.charts.Drawing;
import org.hatecrime.analytics.api.charts.Svg;
import org.hatecrime.analytics.domain.board.BoardReport;

/**
 * The board report as one HTML page with its charts inline as SVG: no script, no style sheet and no
 * external resource, so it opens anywhere, prints, and passes a strict content security policy.
 */
public final class BoardReportHtml {

    private BoardReportHtml() {
    }

    public static String render(BoardReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        html.append("<title>").append(e(title(report))).append("</title></head><body><main>");
        html.append("<h1>").append(e(title(report))).append("</h1>");
        html.append("<p>Quarter ").append(e(report.quarter())).append(", ").append(report.start()).append(" to ").append(report.end())
                .append(", against ").append(e(report.previousQuarter())).append(" and ").append(e(report.yearBeforeQuarter()))
                .append(". Produced ").append(report.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(".</p>");
        html.append("<p>").append(e(BoardReportTables.disclosureNote(report))).append("</p>");
        html.append("<section><h2>Charts</h2>");
        List<Drawing> charts = BoardCharts.all(report);
        for (int i = 0; i < charts.size(); i++) {
            html.append("<figure>").append(Svg.render(charts.get(i), BoardCharts.NAMES.get(i))).append("<figcaption>")
                    .append(e(charts.get(i).description())).append("</figcaption></figure>");
        }
        html.append("</section>");
        for (BoardReportTables.Table table : BoardReportTables.of(report)) {
            html.append("<section><h2>").append(e(table.heading())).append("</h2>");
            if (table.note() != null) {
                html.append("<p>").append(e(table.note())).append("</p>");
            }
            if (!table.rows().isEmpty()) {
                html.append("<table><thead><tr>");
                table.columns().forEach(column -> html.append("<th scope=\"col\">").append(e(column)).append("</th>"));
                html.append("</tr></thead><tbody>");
                for (List<String> row : table.rows()) {
                    html.append("<tr><th scope=\"row\">").append(e(row.get(0))).append("</th>");
                    row.subList(1, row.size()).forEach(cell -> html.append("<td>").append(e(cell)).append("</td>"));
                    html.append("</tr>");
                }
                html.append("</tbody></table>");
            }
            html.append("</section>");
        }
        return html.append("</main></body></html>\n").toString();
    }

    static String title(BoardReport report) {
        return "Hate crime partnership board report: " + report.title();
    }

    private static String e(String text) {
        return Svg.escape(text);
    }
}
