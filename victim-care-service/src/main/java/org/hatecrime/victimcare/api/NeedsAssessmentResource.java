package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Arrays;
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
import org.hatecrime.kit.problem.IdempotencyKey;
import org.hatecrime.victimcare.domain.needs.EnhancedRightsReason;
import org.hatecrime.victimcare.domain.needs.NeedDomain;
import org.hatecrime.victimcare.domain.needs.NeedLevel;
import org.hatecrime.victimcare.domain.needs.NeedsAssessment;
import org.hatecrime.victimcare.domain.needs.NeedsAssessmentWork;

/** Needs assessments of a referral's victim. Only maps HTTP to the domain. */
@Path("/api/v1/referrals/{id}/needs-assessments")
@Tag(name = "Needs assessments", description = "What a referred victim needs, area by area, and their Victims' Code enhanced rights")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class NeedsAssessmentResource {


    private final NeedsAssessmentWork work;

    NeedsAssessmentResource(NeedsAssessmentWork work) {
        this.work = work;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assessNeeds", summary = "Record a needs assessment of the referral's victim",
            description = "Role: `victim-care`. Assess each of the nine areas once: EMOTIONAL, PRACTICAL, SAFETY, "
                    + "JUSTICE_AND_INFORMATION, HEALTH, HOUSING, FINANCIAL, LANGUAGE_AND_COMMUNICATION, ONLINE_SAFETY. SAFETY is a "
                    + "risk (STANDARD, MEDIUM or HIGH), every other area a need (NONE, LOW, MEDIUM or HIGH). Notes are personal data: "
                    + "they are stored sealed with the victim's key and never published. `enhancedRights` with its "
                    + "`enhancedRightsReason` (VULNERABLE, INTIMIDATED or PERSISTENTLY_TARGETED) is applied to the referral. A "
                    + "reassessment is a new assessment; the latest counts. Only while the referral is worked (409 once it ended). "
                    + "Once the victim's personal data was erased (at intake or on a retention review), levels may still be assessed but notes are refused (409). "
                    + "Announced as `needs.assessed.v1`, without notes. Send `Idempotency-Key` to make a retry safe.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedsAssessmentRequest.class),
            examples = @ExampleObject(name = "intimidated victim", value = NeedsExamples.ASSESS)))
    @APIResponse(responseCode = "201", description = "Recorded; the answer is the assessment with its notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedsAssessmentView.class),
                    examples = @ExampleObject(name = "recorded", value = NeedsExamples.ASSESSMENT)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request with the same Idempotency-Key: that assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedsAssessmentView.class),
                    examples = @ExampleObject(name = "recorded before", value = NeedsExamples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Invalid input (an area missing or twice, a level that does not fit the area, "
            + "a reason without enhanced rights); each violation names its field")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "The referral is no longer worked, the Idempotency-Key was used for another "
            + "assessment, or notes were given for a victim whose personal data was erased (at intake or on a retention review)")
    public Response assess(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Parameter(description = "8 to 128 letters, digits, '.', '_', ':' or '-', unique per assessment")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull NeedsAssessmentRequest request) {
        NeedsAssessmentWork.Outcome outcome = work.assess(id, request.findings(), IdempotencyKey.optional(idempotencyKey));
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(NeedsAssessmentView.of(outcome.assessment())).build();
    }

    @GET
    @Operation(operationId = "listNeedsAssessments", summary = "Every needs assessment of the referral's victim, the latest first",
            description = "Role: `victim-care`. The history of assessments with their notes, opened for your agency; the first "
                    + "(`latest: true`) is the one that counts. Reading them is recorded in the audit log as a read of personal data. "
                    + "Notes read as empty once the victim's personal data was erased.")
    @APIResponse(responseCode = "200", description = "The assessments, latest first (empty before the first)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = NeedsAssessmentView.class),
                    examples = @ExampleObject(name = "one assessment", value = "[" + NeedsExamples.ASSESSMENT + "]")))
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    public List<NeedsAssessmentView> history(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return work.history(id).stream().map(NeedsAssessmentView::of).toList();
    }

    /** A needs assessment to record. */
    @Schema(name = "NeedsAssessmentRequest")
    public record NeedsAssessmentRequest(
            @Schema(description = "Each of the nine areas once") @NotNull @Size(min = 9, max = 9, message = "assess each of the nine areas once")
            List<@Valid @NotNull AssessedNeedInput> needs,
            @Schema(description = "Whether the victim has enhanced rights under the Victims' Code (shorter deadlines)")
            boolean enhancedRights,
            @Schema(description = "Why, when `enhancedRights` is true") EnhancedRightsReason enhancedRightsReason) {

        NeedsAssessment.Findings findings() {
            return new NeedsAssessment.Findings(needs.stream().map(n -> new NeedsAssessment.Need(n.domain(), n.level(), n.notes())).toList(),
                    enhancedRights, enhancedRightsReason);
        }
    }

    /** One area of a needs assessment to record. */
    @Schema(name = "AssessedNeedInput")
    public record AssessedNeedInput(
            @Schema(description = "The area") @NotNull NeedDomain domain,
            @Schema(description = "SAFETY: STANDARD, MEDIUM or HIGH; any other area: NONE, LOW, MEDIUM or HIGH") @NotNull NeedLevel level,
            @Schema(description = "The assessor's notes: personal data, stored sealed, never published") @Size(max = 4000) String notes) {
    }

    /** A needs assessment as the agency working the referral reads it. */
    @Schema(name = "NeedsAssessment")
    public record NeedsAssessmentView(UUID id, UUID referralId, OffsetDateTime assessedAt, String assessedBy,
            @Schema(description = "True for the latest assessment: the one that counts") boolean latest,
            @Schema(description = "The SAFETY level") NeedLevel riskLevel,
            boolean enhancedRights, EnhancedRightsReason enhancedRightsReason, List<AssessedNeed> needs) {

        static NeedsAssessmentView of(NeedsAssessmentWork.Read read) {
            NeedsAssessment a = read.assessment();
            return new NeedsAssessmentView(a.id(), a.referralId(), a.assessedAt(), a.assessedBy(), read.latest(), a.riskLevel(),
                    a.enhancedRights(), a.enhancedRightsReason(), Arrays.stream(NeedDomain.values())
                            .map(d -> new AssessedNeed(d, a.levels().get(d), read.notes().get(d))).toList());
        }
    }

    /** One area of an assessment, with its notes opened. */
    @Schema(name = "AssessedNeed")
    public record AssessedNeed(NeedDomain domain, NeedLevel level, String notes) {
    }
}
