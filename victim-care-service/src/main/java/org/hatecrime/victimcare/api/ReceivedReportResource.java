package org.hatecrime.victimcare.api;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.victimcare.domain.ReceivedReport;
import org.hatecrime.victimcare.domain.ReceivedReportStatus;
import org.hatecrime.victimcare.domain.ReceivedReports;

/** Reports whose victims were referred to your victim service. */
@Path("/api/v1/referrals/received-reports")
@Tag(name = "Received reports", description = "Reports whose victims were referred to your service")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("victim-care")
public class ReceivedReportResource {

    private final ReceivedReports receivedReports;

    ReceivedReportResource(ReceivedReports receivedReports) {
        this.receivedReports = receivedReports;
    }

    @GET
    @Operation(operationId = "listReceivedReports", summary = "List reports whose victims were referred to your service, newest first",
            description = "Role: `victim-care`. The reports whose victims a reporting centre referred to your service (the `agency` "
                    + "of your token), with the victim's consent. No personal details: while `contactAllowed` is true, the "
                    + "contact details are fetched from intake when the referral is taken up. By default (`status=ACTIVE`) only "
                    + "reports the victim has not withdrawn; a report withdrawn at intake is listed with `status=WITHDRAWN` (or "
                    + "`ALL`), showing `withdrawnAt` and `withdrawalReason`, and stays readable by its id. A report whose victim "
                    + "withdrew only their consent to support stays in the default list with `contactAllowed` false.")
    @APIResponse(responseCode = "200", description = "One page of reports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReceivedReportView.class),
                    examples = @ExampleObject(name = "one report",
                    value = Examples.RECEIVED_REPORTS)))
    @APIResponse(responseCode = "400", description = "Unknown status, or page or size out of range; each violation names its field")
    public List<ReceivedReportView> list(
            @Parameter(description = "Which reports: `ACTIVE` (not withdrawn by the victim; the default), `WITHDRAWN` (withdrawn at "
                    + "intake) or `ALL`", example = "WITHDRAWN", schema = @Schema(implementation = ReceivedReportStatus.class,
                    defaultValue = "ACTIVE")) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Reports per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ReceivedReportStatus which = QueryParameters.oneOf("status", status, ReceivedReportStatus.class);
        return receivedReports.forMyAgency(which == null ? ReceivedReportStatus.ACTIVE : which, page, size).stream()
                .map(ReceivedReportView::of).toList();
    }

    @GET
    @Path("/{reportId}")
    @Operation(operationId = "getReceivedReport", summary = "Read one report whose victim was referred to your service",
            description = "Role: `victim-care`. Check `contactAllowed` before every contact: it turns false when the victim "
                    + "withdraws the report or their consent to support.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceivedReportView.class),
                    examples = @ExampleObject(name = "referred",
                    value = Examples.RECEIVED_REPORT)))
    @APIResponse(responseCode = "404", description = "Unknown, or not referred to your service")
    public ReceivedReportView get(@Parameter(description = "The report's id, as intake gave it") @PathParam("reportId") UUID reportId) {
        return receivedReports.one(reportId).map(ReceivedReportView::of)
                .orElseThrow(() -> ProblemException.notFound("received report"));
    }

    /** No personal data: contact details are fetched from intake only when a referral is made. */
    @Schema(name = "ReferredReport", description = "A report whose victim was referred to your service, without personal details")
    public record ReceivedReportView(UUID reportId, String reference, String district, List<String> strands,
            OffsetDateTime occurredAt, OffsetDateTime receivedAt,
            @Schema(description = "False once the victim withdrew the report or their consent to support: do not contact them")
            boolean contactAllowed,
            OffsetDateTime withdrawnAt, String withdrawalReason, OffsetDateTime supportConsentWithdrawnAt) {
        static ReceivedReportView of(ReceivedReport report) {
            return new ReceivedReportView(report.reportId, report.reference, report.district, List.of(report.strands),
                    report.occurredAt, report.receivedAt, report.contactAllowed(), report.withdrawnAt, report.withdrawalReason,
                    report.supportConsentWithdrawnAt);
        }
    }
}
