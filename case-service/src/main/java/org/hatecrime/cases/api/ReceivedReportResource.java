package org.hatecrime.cases.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.cases.domain.ReceivedReport;
import org.hatecrime.cases.domain.ReceivedReportStatus;
import org.hatecrime.cases.domain.ReceivedReports;

/** Reports shared with your force. */
@Path("/api/v1/cases/received-reports")
@Tag(name = "Received reports", description = "Reports shared with your force, before a case is opened")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("police")
public class ReceivedReportResource {

    static final String STATUSES = "ACTIVE|WITHDRAWN|ALL";

    private final ReceivedReports receivedReports;

    ReceivedReportResource(ReceivedReports receivedReports) {
        this.receivedReports = receivedReports;
    }

    @GET
    @Operation(operationId = "listReceivedReports", summary = "List reports shared with your force, newest first",
            description = "Role: `police`. The reports a reporting centre shared with your force (the `agency` of your token), "
                    + "with your crime reference once you acknowledged them. By default (`status=ACTIVE`) only reports the victim "
                    + "has not withdrawn: a report withdrawn at intake leaves this list, as it is no longer one to act on, and is "
                    + "listed with `status=WITHDRAWN` (or `ALL`), showing `withdrawnAt` and `withdrawalReason`. It stays readable "
                    + "by its id, and your case of it stays yours. A report whose victim withdrew only their consent to share it "
                    + "with the police stays in the default list, marked `sharingConsentWithdrawnAt`: the report stands, and its "
                    + "personal details are no longer shown to you at intake.")
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReceivedReportView.class),
                    examples = {@ExampleObject(name = "one report", value = Examples.RECEIVED_REPORTS),
                                @ExampleObject(name = "withdrawn reports (status=WITHDRAWN)", value = Examples.WITHDRAWN_REPORTS)}))
    @APIResponse(responseCode = "400", description = "Unknown status, or page or size out of range; each violation names its field")
    public List<ReceivedReportView> list(
            @Parameter(description = "Which reports: `ACTIVE` (not withdrawn by the victim; the default), `WITHDRAWN` (withdrawn at "
                    + "intake) or `ALL`", example = "WITHDRAWN",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "WITHDRAWN", "ALL"}, defaultValue = "ACTIVE"))
            @QueryParam("status") @DefaultValue("ACTIVE") @Pattern(regexp = STATUSES, message = "must be one of ACTIVE, WITHDRAWN, ALL")
            String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Reports per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return receivedReports.forMyForce(ReceivedReportStatus.valueOf(status), page, size).stream().map(ReceivedReportView::of).toList();
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getReceivedReport", summary = "Read one report shared with your force",
            description = "Role: `police`. Coded facts of the report and its reference; the personal details stay in intake "
                    + "(`GET /api/v1/reports/{id}`).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivedReportView.class),
                    examples = @ExampleObject(name = "acknowledged",
                    value = Examples.RECEIVED_REPORT)))
    @APIResponse(responseCode = "404", description = "Unknown, or not shared with your force")
    public ReceivedReportView get(@Parameter(description = "The report's id, as intake gave it") @PathParam("reportId") UUID reportId) {
        return receivedReports.one(reportId).map(ReceivedReportView::of)
                .orElseThrow(() -> ProblemException.notFound("received report"));
    }

    @Schema(name = "ReceivedReport", description = "A report shared with your force, without personal details")
    public record ReceivedReportView(UUID reportId, String reference, String district, List<String> strands,
            OffsetDateTime occurredAt, OffsetDateTime receivedAt, String crimeReference,
            @Schema(description = "When the victim withdrew the report, if they did") OffsetDateTime withdrawnAt, String withdrawalReason,
            @Schema(description = "When the victim withdrew their consent to share the report with the police, while it stays withdrawn")
            OffsetDateTime sharingConsentWithdrawnAt,
            @Schema(description = "When the person the report is about was erased at intake, if they were: the report's personal "
                    + "details are unreadable for good") OffsetDateTime victimErasedAt) {
        static ReceivedReportView of(ReceivedReport report) {
            return new ReceivedReportView(report.reportId, report.reference, report.district, List.of(report.strands),
                    report.occurredAt, report.receivedAt, report.crimeReference, report.withdrawnAt, report.withdrawalReason,
                    report.sharingConsentWithdrawnAt, report.victimErasedAt);
        }
    }
}
