package org.hatecrime.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.cases.domain.ReceivedReport;
import org.hatecrime.cases.domain.ReceivedReports;

/** Reports shared with your force. */
@Path("/api/v1/cases/received-reports")
@Tag(name = "Received reports", description = "Reports shared with your force, before a case is opened")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("police")
public class ReceivedReportResource {

    private final ReceivedReports receivedReports;

    ReceivedReportResource(ReceivedReports receivedReports) {
        this.receivedReports = receivedReports;
    }

    @GET
    @Operation(summary = "List reports shared with your force, newest first")
    @APIResponse(responseCode = "200", description = "One page of reports")
    public List<ReceivedReportView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return receivedReports.forMyForce(page, size).stream().map(ReceivedReportView::of).toList();
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "One report shared with your force")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "Unknown, or not shared with your force")
    public ReceivedReportView get(@PathParam("reportId") UUID reportId) {
        return receivedReports.one(reportId).map(ReceivedReportView::of)
                .orElseThrow(() -> ProblemException.notFound("received report"));
    }

    public record ReceivedReportView(UUID reportId, String reference, String district, List<String> strands,
            OffsetDateTime occurredAt, OffsetDateTime receivedAt, String crimeReference,
            @Schema(description = "When the victim withdrew the report, if they did") OffsetDateTime withdrawnAt, String withdrawalReason,
            @Schema(description = "When the victim withdrew their consent to share the report with the police, while it stays withdrawn")
            OffsetDateTime sharingConsentWithdrawnAt) {
        static ReceivedReportView of(ReceivedReport report) {
            return new ReceivedReportView(report.reportId, report.reference, report.district, List.of(report.strands),
                    report.occurredAt, report.receivedAt, report.crimeReference, report.withdrawnAt, report.withdrawalReason,
                    report.sharingConsentWithdrawnAt);
        }
    }
}
