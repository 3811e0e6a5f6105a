package org.hatecrime.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.Problem;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;
import org.hatecrime.reporting.domain.consent.ConsentDecisions;
import org.hatecrime.reporting.domain.erasure.Erasure;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.sharing.PoliceSharing;
import org.hatecrime.reporting.domain.sharing.SupportReferral;
import org.hatecrime.reporting.domain.triage.Triage;

/**
 * What the agency that took a report does with it after intake (a reporting centre, or a force
 * with the reports it took itself), and the police's acknowledgement of a shared report.
 * Each answers with the report as it now stands; an illegal move answers 409.
 */
@Path("/api/v1/reports/{id}")
@Tag(name = "Report lifecycle", description = "Triage, consent, sharing with police, referral, withdrawal, duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportActionsResource {

    /** Who may act on a report after intake. */
    private static final String OWNER = "Roles: `reporting-centre` or `police`, of the agency that took the report. ";

    private final Triage triage;
    private final ConsentDecisions consents;
    private final PoliceSharing police;
    private final SupportReferral referral;
    private final Erasure erasure;
    private final ReportViews views;

    ReportActionsResource(Triage triage, ConsentDecisions consents, PoliceSharing police, SupportReferral referral, Erasure erasure,
            ReportViews views) {
        this.erasure = erasure;
        this.triage = triage;
        this.consents = consents;
        this.police = police;
        this.referral = referral;
        this.views = views;
    }

    @POST
    @Path("/triage")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "triageReport", summary = "Triage a received report: confirm whether it is a crime and its category",
            description = OWNER + "Moves the report from RECEIVED to TRIAGED; only then can it be shared or referred.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.TriageRequest.class),
            examples = @ExampleObject(name = "crime", value = Examples.TRIAGE)))
    @APIResponse(responseCode = "200", description = "Triaged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_TRIAGED)))
    @APIResponse(responseCode = "404", description = "No such report, or not your agency's")
    @APIResponse(responseCode = "409", description = "Not in a state that can be triaged")
    public Response triage(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.TriageRequest request) {
        return views.ok(triage.triage(id, request.recordedAs(), request.offenceCategory()));
    }

    @POST
    @Path("/closure")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "closeReport", summary = "Close a report that needs nothing further",
            description = OWNER + "No body. Announced to the other services as report.closed.v1.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_CLOSED)))
    @APIResponse(responseCode = "409", description = "Not in a state that can be closed")
    public Response close(@PathParam("id") UUID id) {
        return views.ok(triage.close(id));
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "withdrawReport", summary = "Withdraw a report; nothing further is shared from it",
            description = OWNER + "The police and victim services that received it are told, and stop contact.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.WithdrawalRequest.class),
            examples = @ExampleObject(name = "at the victim's request", value = Examples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_WITHDRAWN)))
    @APIResponse(responseCode = "409", description = "Already closed, withdrawn or a duplicate")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.WithdrawalRequest request) {
        return views.ok(triage.withdraw(id, request.reason()));
    }

    @POST
    @Path("/duplicate-of")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "linkDuplicate", summary = "Link this report as a duplicate of another, so it is not counted twice",
            description = OWNER + "The other report must be your agency's, or one the platform flagged as a possible duplicate.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.DuplicateRequest.class),
            examples = @ExampleObject(name = "duplicate", value = Examples.DUPLICATE)))
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_DUPLICATE)))
    @APIResponse(responseCode = "400", description = "The other report is neither yours nor a flagged possible duplicate")
    public Response linkDuplicate(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.DuplicateRequest request) {
        return views.ok(triage.linkDuplicate(id, request.duplicateOf()));
    }

    @PUT
    @Path("/consents/{purpose}")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "recordConsent", summary = "Record that the victim gave or withdrew consent for one purpose",
            description = OWNER + "Each decision is kept in the report's consent history; withdrawing consent to share or to "
                    + "support is passed on to the force or victim service that received the report.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.ConsentRequest.class),
            examples = @ExampleObject(name = "withdrawn in writing", value = Examples.CONSENT)))
    @APIResponse(responseCode = "200", description = "Recorded, with who recorded it and when",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_CONSENT_WITHDRAWN)))
    public Response recordConsent(@PathParam("id") UUID id,
            @Parameter(description = "The purpose the consent is for") @PathParam("purpose") ConsentPurpose purpose,
            @Valid @NotNull ActionRequests.ConsentRequest request) {
        return views.ok(consents.record(id, purpose, request.granted(), request.method()));
    }

    @POST
    @Path("/police-share")
    @RolesAllowed(ReportAccess.CENTRE)
    @Operation(operationId = "shareWithPolice", summary = "Share the report with the police force for its district",
            description = "Role: `reporting-centre`, of the agency that took the report. Only with the victim's consent and once "
                    + "triaged; no body is needed. Without consent, administrators use a lawful override, which needs a second "
                    + "administrator's approval (`/api/v1/lawful-overrides`). The force then sees the report in case-service.")
    @APIResponse(responseCode = "200", description = "Shared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_SHARED)))
    @APIResponse(responseCode = "409", description = "No consent, already shared, or not triaged",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no consent", value = Examples.CONFLICT)))
    public Response shareWithPolice(@PathParam("id") UUID id) {
        return views.ok(police.share(id));
    }

    @POST
    @Path("/police-acknowledgement")
    @RolesAllowed(ReportAccess.POLICE)
    @Operation(operationId = "acknowledgeReport", summary = "Acknowledge a shared report with the force's crime reference",
            description = "Role: `police`, of the force the report was shared with. Announced as report.police-acknowledged.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.PoliceAcknowledgementRequest.class),
            examples = @ExampleObject(name = "crime reference", value = Examples.ACKNOWLEDGEMENT)))
    @APIResponse(responseCode = "200", description = "Acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_ACKNOWLEDGED)))
    @APIResponse(responseCode = "404", description = "Not shared with your force")
    public Response acknowledge(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.PoliceAcknowledgementRequest request) {
        return views.ok(police.acknowledge(id, request.crimeReference()));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(ReportAccess.ADMIN)
    @Operation(operationId = "eraseDataSubject", summary = "Erase the personal data of the report's data subject (right to erasure)",
            description = "Role: `admin`. Destroys the subject's key, so the personal details of every report of that person "
                    + "become unreadable; the coded facts remain. Each report reached is announced (`subject.erased.v1`), so victim "
                    + "care, case progression and analytics forget what they hold about it. Cannot be undone.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.ErasureRequest.class),
            examples = @ExampleObject(name = "written request", value = Examples.ERASURE)))
    @APIResponse(responseCode = "200", description = "Erased; details are null from now on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_TRIAGED)))
    public Response erase(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.ErasureRequest request) {
        return views.ok(erasure.erase(id, request.reason()));
    }

    @POST
    @Path("/referral-request")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "requestReferral", summary = "Refer the victim to a support service (Beacon unless another is named)",
            description = OWNER + "Only with the victim's consent and once triaged. The service then sees the report in victim care.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.ReferralRequest.class),
            examples = @ExampleObject(name = "to Beacon", value = Examples.REFERRAL)))
    @APIResponse(responseCode = "200", description = "Referral requested",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT_REFERRED)))
    @APIResponse(responseCode = "409", description = "No consent, already referred, or not triaged")
    public Response requestReferral(@PathParam("id") UUID id, @Valid ActionRequests.ReferralRequest request) {
        return views.ok(referral.request(id, request == null ? null : request.provider()));
    }
}
