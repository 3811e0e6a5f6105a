package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
import org.hatecrime.victimcare.api.SupportPlanResource.SupportPlanView;
import org.hatecrime.victimcare.api.SupportPlanResource.WellbeingAnswers;
import org.hatecrime.victimcare.domain.support.SupportWork;

/** Closing the support of a victim, with their wellbeing and satisfaction. Only maps HTTP to the domain. */
@Path("/api/v1/referrals/{id}/support-closure")
@Tag(name = "Support")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class SupportClosureResource {

    private final SupportWork work;

    SupportClosureResource(SupportWork work) {
        this.work = work;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeSupport", summary = "Close the victim's support with their wellbeing and satisfaction",
            description = "Role: `victim-care`. Records the victim's answers to the seven SWEMWBS statements at the close (each 1 to "
                    + "5) and their satisfaction (1 to 5) with an optional comment (personal data: stored sealed, never published). "
                    + "Needs the wellbeing at the start and an ACCEPTED referral (409 otherwise). Announced as `support.closed.v1` "
                    + "with the starting and closing metric scores, their change and the satisfaction score. Sending the same closure "
                    + "again answers 200 with the support as closed; a different one 409. The referral itself is closed with a status "
                    + "change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportClosureRequest.class),
            examples = @ExampleObject(name = "at the close", value = SupportExamples.CLOSURE)))
    @APIResponse(responseCode = "201", description = "Closed; the support as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "closed", value = SupportExamples.CLOSED_PLAN)))
    @APIResponse(responseCode = "200", description = "Closed before with the same answers; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "closed before", value = SupportExamples.CLOSED_PLAN)))
    @APIResponse(responseCode = "400", description = "Not seven answers, an answer or the satisfaction outside 1 to 5; each violation "
            + "names its field")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "The referral is not ACCEPTED, no wellbeing was recorded at the start, support "
            + "was closed with other answers, or a comment was given for a victim whose personal data was erased (at intake or on a retention review)")
    public Response close(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Valid @NotNull SupportClosureRequest request) {
        SupportWork.Closure closure = work.close(id, request.wellbeing().items(), request.satisfaction().score(),
                request.satisfaction().comment());
        return Response.status(closure.closedNow() ? Response.Status.CREATED : Response.Status.OK)
                .tag(SupportPlanResource.etag(closure.support().support())).entity(SupportPlanView.of(closure.support())).build();
    }

    /** The victim's wellbeing and satisfaction at the close. */
    @Schema(name = "SupportClosureRequest")
    public record SupportClosureRequest(
            @Schema(description = "The seven SWEMWBS answers at the close") @Valid @NotNull WellbeingAnswers wellbeing,
            @Schema(description = "How satisfied the victim is with the support") @Valid @NotNull SatisfactionInput satisfaction) {
    }

    /** The victim's satisfaction, and what they said about the support. */
    @Schema(name = "SatisfactionInput")
    public record SatisfactionInput(
            @Schema(description = "1 (very dissatisfied) to 5 (very satisfied)", example = "4") @NotNull @Min(1) @Max(5) Integer score,
            @Schema(description = "The victim's own words: personal data, stored sealed, never published") @Size(max = 2000) String comment) {
    }
}
