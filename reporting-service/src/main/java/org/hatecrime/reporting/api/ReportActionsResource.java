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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Operation(summary = "Triage a received report: confirm whether it is a crime and its category")
    @APIResponse(responseCode = "200", description = "Triaged")
    @APIResponse(responseCode = "404", description = "No such report, or not your agency's")
    @APIResponse(responseCode = "409", description = "Not in a state that can be triaged")
    public Response triage(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.TriageRequest request) {
        return views.ok(triage.triage(id, request.recordedAs(), request.offenceCategory()));
    }

    @POST
    @Path("/closure")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(summary = "Close a report that needs nothing further")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "409", description = "Not in a state that can be closed")
    public Response close(@PathParam("id") UUID id) {
        return views.ok(triage.close(id));
    }

    @POST
    @Path("/withdrawal")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(summary = "Withdraw a report; nothing further is shared from it")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already closed, withdrawn or a duplicate")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.WithdrawalRequest request) {
        return views.ok(triage.withdraw(id, request.reason()));
    }

    @POST
    @Path("/duplicate-of")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(summary = "Link this report as a duplicate of another, so it is not counted twice")
    @APIResponse(responseCode = "200", description = "Linked")
    @APIResponse(responseCode = "400", description = "The other report is neither yours nor a flagged possible duplicate")
    public Response linkDuplicate(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.DuplicateRequest request) {
        return views.ok(triage.linkDuplicate(id, request.duplicateOf()));
    }

    @PUT
    @Path("/consents/{purpose}")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(summary = "Record that the victim gave or withdrew consent for one purpose")
    @APIResponse(responseCode = "200", description = "Recorded, with who recorded it and when")
    public Response recordConsent(@PathParam("id") UUID id, @PathParam("purpose") ConsentPurpose purpose,
            @Valid @NotNull ActionRequests.ConsentRequest request) {
        return views.ok(consents.record(id, purpose, request.granted(), request.method()));
    }

    @POST
    @Path("/police-share")
    @RolesAllowed(ReportAccess.CENTRE)
    @Operation(summary = "Share the report with the police force for its district",
            description = "Only with the victim's consent. Without it, administrators use a lawful override, which needs a second "
                    + "administrator's approval.")
    @APIResponse(responseCode = "200", description = "Shared")
    @APIResponse(responseCode = "409", description = "No consent, already shared, or not triaged")
    public Response shareWithPolice(@PathParam("id") UUID id) {
        return views.ok(police.share(id));
    }

    @POST
    @Path("/police-acknowledgement")
    @RolesAllowed(ReportAccess.POLICE)
    @Operation(summary = "The force acknowledges a shared report with its crime reference")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "404", description = "Not shared with your force")
    public Response acknowledge(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.PoliceAcknowledgementRequest request) {
        return views.ok(police.acknowledge(id, request.crimeReference()));
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(ReportAccess.ADMIN)
    @Operation(summary = "Erase the personal data of the report's data subject (right to erasure)",
            description = "Destroys the subject's key; the coded facts remain for statistics. Cannot be undone.")
    @APIResponse(responseCode = "200", description = "Erased; details are null from now on")
    public Response erase(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.ErasureRequest request) {
        return views.ok(erasure.erase(id, request.reason()));
    }

    @POST
    @Path("/referral-request")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(summary = "Refer the victim to a support service (Beacon unless another is named)", description = "Only with consent.")
    @APIResponse(responseCode = "200", description = "Referral requested")
    @APIResponse(responseCode = "409", description = "No consent, already referred, or not triaged")
    public Response requestReferral(@PathParam("id") UUID id, @Valid ActionRequests.ReferralRequest request) {
        return views.ok(referral.request(id, request == null ? null : request.provider()));
    }
}
