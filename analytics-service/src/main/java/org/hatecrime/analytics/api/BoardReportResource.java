package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.api.board.BoardCharts;
import org.hatecrime.analytics.api.board.BoardReportHtml;
import org.hatecrime.analytics.api.board.BoardReportPdf;
import org.hatecrime.analytics.api.charts.Svg;
import org.hatecrime.analytics.domain.board.BoardReport;
import org.hatecrime.analytics.domain.board.BoardReports;
import org.hatecrime.kit.security.Caller;

/** The partnership board's quarterly report, as a page, a PDF or its figures, and its charts as SVG. */
@Path("/api/v1/analytics/board-reports/{quarter}")
@Tag(name = "Board report", description = "The partnership board's quarterly report, small counts withheld as in the published statistics")
@RolesAllowed({"analyst", "partnership-coordinator"})
public class BoardReportResource {

    private static final List<MediaType> REPRESENTATIONS = List.of(MediaType.TEXT_HTML_TYPE,
            MediaType.valueOf(BoardReportPdf.MEDIA_TYPE), MediaType.APPLICATION_JSON_TYPE);

    private final BoardReports reports;
    private final Caller caller;

    BoardReportResource(BoardReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.TEXT_HTML, BoardReportPdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getBoardReport", summary = "The partnership board's report on a quarter",
            description = "Roles: `analyst`, `partnership-coordinator`. Each measure for the quarter against the quarter before and the "
                    + "same quarter a year earlier: reporting by strand and district, third-party share, repeat victimisation, referral "
                    + "uptake and acceptance, Victims' Code compliance, outcome mix, charge rate and time to charge, wellbeing and "
                    + "satisfaction, emerging threats raised, and the caller's agency's prevention activities with reporting before "
                    + "and after each. Every figure the published statistics would withhold is withheld (`c` in the page and PDF, "
                    + "null in JSON), so the report may be shared. `Accept: text/html` (the default) gives a page with its charts "
                    + "inline as SVG, `application/pdf` a PDF, `application/json` the figures. Only a quarter that has ended: "
                    + "figures to date, read against an earlier paper of the same quarter, would tell the reports in between. Audited.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "page", value = Examples.BOARD_REPORT_HTML)),
                    @Content(mediaType = BoardReportPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "pdf", value = Examples.BOARD_REPORT_PDF)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BoardReport.class),
                            examples = @ExampleObject(name = "figures", value = Examples.BOARD_REPORT))})
    @APIResponse(responseCode = "400", description = "The quarter is not written YYYY-Qn, or has not ended")
    public Response report(
            @Parameter(description = "The quarter, YYYY-Qn", example = "2026-Q3") @PathParam("quarter") String quarter,
            @Context HttpHeaders headers) {
        MediaType type = chosen(headers);
        BoardReport report = reports.report(caller.actor(), caller.agency(), quarter);
        if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return Response.ok(BoardReportHtml.render(report), MediaType.TEXT_HTML_TYPE.withCharset("utf-8")).build();
        }
        if (type.getSubtype().equals("pdf")) {
            return Response.ok(BoardReportPdf.render(report), BoardReportPdf.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"partnership-board-report-" + report.quarter() + ".pdf\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/charts/{chart}")
    @Produces(Svg.MEDIA_TYPE)
    @Operation(operationId = "getBoardReportChart", summary = "One chart of the board's report, as SVG",
            description = "Roles: `analyst`, `partnership-coordinator`. The chart as the report shows it (`reports-by-month`, "
                    + "`reports-by-strand`, `reports-by-district`), drawn on the server as SVG with no script; withheld counts are "
                    + "marked `c`, never drawn as zero. Audited.")
    @APIResponse(responseCode = "200", description = "The chart",
            content = @Content(mediaType = Svg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "chart", value = Examples.BOARD_REPORT_SVG)))
    @APIResponse(responseCode = "400", description = "The quarter is not written YYYY-Qn or has not ended, or there is no such chart")
    public Response chart(
            @Parameter(description = "The quarter, YYYY-Qn", example = "2026-Q3") @PathParam("quarter") String quarter,
            @Parameter(description = "reports-by-month, reports-by-strand or reports-by-district", example = "reports-by-strand")
            @PathParam("chart") String chart) {
        if (!BoardCharts.NAMES.contains(chart)) {
            BoardCharts.chart(null, chart); // a 400 naming the chart, before any figure is read
        }
        BoardReport report = reports.report(caller.actor(), caller.agency(), quarter);
        return Response.ok(Svg.render(BoardCharts.chart(report, chart)), Svg.MEDIA_TYPE).build();
    }

    /** The representation the caller prefers among the three; the page when the caller takes anything. */
    private static MediaType chosen(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            for (MediaType representation : REPRESENTATIONS) {
                if (acceptable.isCompatible(representation)) {
                    return representation;
                }
            }
        }
        return MediaType.TEXT_HTML_TYPE;
    }
}
