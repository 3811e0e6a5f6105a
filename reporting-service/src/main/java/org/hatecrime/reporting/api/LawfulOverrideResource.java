package org.hatecrime.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.sharing.LawfulOverrides;

/**
 * Sharing a report with the police without the victim's consent: one administrator asks, with the
 * lawful basis; a different administrator approves or refuses. No answer carries personal details.
 */
@Path("/api/v1/lawful-overrides")
@Tag(name = "Lawful overrides", description = "Sharing with the police without consent, decided by two administrators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ReportAccess.ADMIN)
public class LawfulOverrideResource {

    private final LawfulOverrides overrides;

    LawfulOverrideResource(LawfulOverrides overrides) {
        this.overrides = overrides;
    }

    /** A lawful override request and the coded facts of its report; never the report's details. */
    @Schema(name = "LawfulOverride", description = "A request to share a report without consent, and its decision; never the report's details")
    public record LawfulOverrideResponse(UUID id, UUID reportId, String reportReference, String district, String lawfulBasis,
            String status, String requestedBy, OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt,
            String decisionNote, String sharedWithForce) {

        static LawfulOverrideResponse of(LawfulOverrides.OverrideView view) {
            var o = view.override();
            var r = view.report();
            return new LawfulOverrideResponse(o.id(), o.reportId(), r.reference(), r.district(), o.lawfulBasis(), o.status().name(),
                    o.requestedBy(), o.requestedAt(), o.decidedBy(), o.decidedAt(), o.decisionNote(), r.sharedWithForce());
        }
    }

    @POST
    @Operation(operationId = "requestLawfulOverride",
            summary = "Ask to share a report with the police without the victim's consent",
            description = "Role: `admin`. Records the request and its lawful basis; nothing is shared until a second "
                    + "administrator approves. The answer carries the report's reference and district, never its details.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.LawfulOverrideRequest.class),
            examples = @ExampleObject(name = "safeguarding", value = Examples.LAWFUL_OVERRIDE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Requested; waiting for a second administrator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LawfulOverrideResponse.class),
                    examples = @ExampleObject(name = "requested", value = Examples.LAWFUL_OVERRIDE)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Already shared, or a request for this report is already waiting")
    public Response request(@Valid @NotNull ActionRequests.LawfulOverrideRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(LawfulOverrideResponse.of(overrides.request(request.reportId(), request.lawfulBasis()))).build();
    }

    @GET
    @Operation(operationId = "listWaitingLawfulOverrides", summary = "Lawful override requests waiting for a decision, oldest first",
            description = "Role: `admin`. Requests another administrator made, to approve or refuse; no report details.")
    @APIResponse(responseCode = "200", description = "One page of requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LawfulOverrideResponse.class),
                    examples = @ExampleObject(name = "one waiting", value = "[" + Examples.LAWFUL_OVERRIDE + "]")))
    public List<LawfulOverrideResponse> waiting(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Requests per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return overrides.waiting(page, size).stream().map(LawfulOverrideResponse::of).toList();
    }

    @POST
    @Path("/{id}/decision")
    @Operation(operationId = "decideLawfulOverride", summary = "Approve or refuse another administrator's lawful override",
            description = "Role: `admin`, not the administrator who asked. Approval shares the report with the force for its "
                    + "district at once (announced with `lawfulOverride: true`); refusal shares nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.OverrideDecisionRequest.class),
            examples = @ExampleObject(name = "approve", value = Examples.OVERRIDE_DECISION)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LawfulOverrideResponse.class),
                    examples = @ExampleObject(name = "approved", value = Examples.LAWFUL_OVERRIDE_APPROVED)))
    @APIResponse(responseCode = "403", description = "You asked for this override yourself")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Already decided, or the report was shared meanwhile")
    public LawfulOverrideResponse decide(@Parameter(description = "The request's id") @PathParam("id") UUID id, @Valid @NotNull ActionRequests.OverrideDecisionRequest request) {
        return LawfulOverrideResponse.of(overrides.decide(id, request.decision() == ActionRequests.OverrideDecision.APPROVE,
                request.note()));
    }
}
