package org.hatecrime.cases.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.cases.domain.casefile.CaseStage;
import org.hatecrime.cases.domain.casefile.CaseWork;
import org.hatecrime.cases.domain.casefile.VictimTimeline;
import org.hatecrime.kit.problem.IdempotencyKey;
import org.hatecrime.kit.problem.IfMatch;
import org.hatecrime.kit.text.Sha256;

/** Cases of your force, or filed with your CPS area, and their way to an outcome. Only maps HTTP to the domain. */
@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Case progression from first report to trial, sentence and outcome, for police forces and the CPS")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({CaseResource.POLICE, CaseResource.CPS})
public class CaseResource {

    static final String POLICE = "police";
    static final String CPS = "cps";
    static final String VICTIM_CARE = "victim-care";

    private final CaseWork work;
    private final VictimTimeline timeline;
    private final ObjectMapper json;

    CaseResource(CaseWork work, VictimTimeline timeline, ObjectMapper json) {
        this.work = work;
        this.timeline = timeline;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listCases", summary = "Your cases, newest first",
            description = "Roles: `police` or `cps`. The police see their force's cases (the `agency` of the token); the CPS sees "
                    + "the cases filed with its area. Optionally in one stage.")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CaseView.class),
                    examples = @ExampleObject(name = "one case", value = "[" + CaseExamples.CASE + "]")))
    public List<CaseView> list(
            @Parameter(description = "Only cases in this stage, e.g. FILED_WITH_CPS; another value is a 400 naming `stage`",
                    schema = @Schema(implementation = CaseStage.class)) @QueryParam("stage") String stage,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Cases per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return work.queue(QueryParameters.oneOf("stage", stage, CaseStage.class), page, size).stream()
                .map(c -> CaseView.of(new CaseWork.LinkedCase(c, List.of()))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read one case, with every move, hearing, victim update and linked case",
            description = "Roles: `police` or `cps`. The ETag is the case's version, for `If-Match` on a change. Once the victim "
                    + "withdraws consent to share the report with the police, the case shows `sharingConsentWithdrawnAt`, stays yours to "
                    + "progress, holds the updates owed to the victim (`notContactableSince`; recording one as told is 409) and shows no "
                    + "`REPEAT_VICTIM` link; consent given again restores them, each held update due anew. Once the person the "
                    + "report is about is erased at intake, the case shows `victimErasedAt` and stays yours with its progress, but "
                    + "its `REPEAT_VICTIM` links are gone for good (the platform no longer holds the victim's key); `REPEAT_SUSPECT` "
                    + "links stay.")
    @APIResponse(responseCode = "200", description = "The case",
            headers = @Header(name = "ETag", description = "The case's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = {@ExampleObject(name = "charged", value = CaseExamples.CASE),
                                @ExampleObject(name = "consent to share withdrawn", value = CaseExamples.CASE_CONSENT_WITHDRAWN),
                                @ExampleObject(name = "victim erased", value = CaseExamples.CASE_VICTIM_ERASED)}))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force or filed with your CPS area")
    public Response get(@Parameter(description = "The case's id") @PathParam("id") UUID id) {
        return ok(work.read(id));
    }

    @POST
    @Path("/{id}/stage-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeCaseStage", summary = "Move a case on: record, investigate, arrest, file, charge, court, verdict, sentence, close",
            description = "Roles: `police` or `cps`. Police moves: OPENED → RECORDED (with `crimeReference`, `recordedAs`, "
                    + "`recordingReason`) → INVESTIGATING → SUSPECT_IDENTIFIED → ARRESTED_OR_INTERVIEWED (again for each arrest, "
                    + "interview or bail) → FILED_WITH_CPS, CHARGED, NO_FURTHER_ACTION or OUT_OF_COURT_DISPOSAL; RECORDED, "
                    + "NO_FURTHER_ACTION, OUT_OF_COURT_DISPOSAL, a NOT_GUILTY VERDICT and SENTENCED → CLOSED (with `outcomeCode`, "
                    + "valid only here); NO_FURTHER_ACTION → INVESTIGATING after a review. CPS moves: FILED_WITH_CPS → CHARGED, "
                    + "NO_FURTHER_ACTION, OUT_OF_COURT_DISPOSAL or back to INVESTIGATING; CHARGED → AT_COURT (with `hearingAt`, "
                    + "again for each hearing) → VERDICT (with `verdict`) → SENTENCED (with `upliftApplied` and `upliftReason`). "
                    + "Any other move is 409; the other party's move is 403; a field of another stage is 400 naming it. Send "
                    + "`If-Match` with the ETag you read (412 if the case changed since) and, from a records system, an "
                    + "`Idempotency-Key` so a retry is applied once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.StageChangeRequest.class),
            examples = {@ExampleObject(name = "recorded", value = CaseExamples.RECORD),
                        @ExampleObject(name = "at court", value = CaseExamples.HEARING),
                        @ExampleObject(name = "closed", value = CaseExamples.CLOSE)}))
    @APIResponse(responseCode = "200", description = "Moved, or a repeat of a push with the same Idempotency-Key and body; the case as it now stands",
            headers = @Header(name = "ETag", description = "The case's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "moved", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force or filed with your CPS area")
    @APIResponse(responseCode = "409", description = "Not a move the case may make now (or a suspect reference on an anonymised case), or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response changeStage(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, unique per push, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull CaseRequests.StageChangeRequest request) {
        return ok(work.changeStage(id, push(id, "stage-changes", key, ifMatch, request), request.toChange()));
    }

    @PUT
    @Path("/{id}/hostility-evidence")
    @RolesAllowed(POLICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordHostilityEvidence", summary = "Record the evidence of hostility the force holds",
            description = "Role: `police`. Codes only; replaces the list.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.HostilityEvidenceRequest.class),
            examples = @ExampleObject(name = "words and perception", value = CaseExamples.HOSTILITY)))
    @APIResponse(responseCode = "200", description = "Recorded; the case as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "recorded", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force")
    @APIResponse(responseCode = "409", description = "The case is closed, or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response recordHostilityEvidence(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull CaseRequests.HostilityEvidenceRequest request) {
        return ok(work.recordHostilityEvidence(id, push(id, "hostility-evidence", key, ifMatch, request), request.evidence()));
    }

    @PUT
    @Path("/{id}/officer")
    @RolesAllowed(POLICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignCaseOfficer", summary = "Assign the dedicated hate crime officer",
            description = "Role: `police`. A member of your force's staff, by your force's own identifier.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.OfficerRequest.class),
            examples = @ExampleObject(name = "officer", value = CaseExamples.OFFICER)))
    @APIResponse(responseCode = "200", description = "Assigned; the case as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "assigned", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force")
    @APIResponse(responseCode = "409", description = "The case is closed, or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response assignOfficer(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull CaseRequests.OfficerRequest request) {
        return ok(work.assignOfficer(id, push(id, "officer", key, ifMatch, request), request.officerId()));
    }

    @PUT
    @Path("/{id}/hate-crime-flag")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setHateCrimeFlag", summary = "Keep or remove the hate-crime flag, with a reason",
            description = "Roles: `police` or `cps`. Filing with the CPS flags the case; once filed, only the CPS may change the flag (403 for the police).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.FlagRequest.class),
            examples = @ExampleObject(name = "kept", value = CaseExamples.FLAG)))
    @APIResponse(responseCode = "200", description = "Recorded; the case as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "flagged", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force or filed with your CPS area")
    @APIResponse(responseCode = "409", description = "The case is closed, or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response flag(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull CaseRequests.FlagRequest request) {
        return ok(work.flagAsHateCrime(id, push(id, "hate-crime-flag", key, ifMatch, request), request.flagged(), request.reasonCode()));
    }

    @GET
    @Path("/{id}/victim-updates")
    @RolesAllowed({POLICE, CPS, VICTIM_CARE})
    @Operation(operationId = "getVictimUpdates", summary = "What the victim has been told of their case, and what they are owed",
            description = "Roles: `police`, `cps` or `victim-care`. Each key event (arrest or interview, bail, charge, no further action, "
                    + "out-of-court disposal, hearing, verdict, sentence) owes the victim an update within 5 working days (1 with enhanced "
                    + "rights). A victim service reads this only for a victim referred to it, while their consent to support stands; "
                    + "for anyone else outside the force and its CPS area the case does not exist.")
    @APIResponse(responseCode = "200", description = "The updates, oldest event first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VictimUpdatesView.class),
                    examples = @ExampleObject(name = "one told, one owed", value = CaseExamples.VICTIM_UPDATES)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case you may see")
    public VictimUpdatesView victimUpdates(@Parameter(description = "The case's id") @PathParam("id") UUID id) {
        return VictimUpdatesView.of(timeline.of(id));
    }

    @POST
    @Path("/{id}/victim-updates/{updateId}/told")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordVictimTold", summary = "Record that the victim was told of a key event",
            description = "Roles: `police` or `cps`. Settles the update; once only (409 after). 409 too while the update is held "
                    + "because the victim withdrew consent to share with the police.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.VictimToldRequest.class),
            examples = @ExampleObject(name = "by phone", value = CaseExamples.TOLD)))
    @APIResponse(responseCode = "200", description = "Recorded; the case as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "told", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown case or update, or not a case of your force or filed with your CPS area")
    @APIResponse(responseCode = "409", description = "Already recorded, held while the victim's consent to share is withdrawn, "
            + "or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response told(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The update's id") @PathParam("updateId") UUID updateId,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull CaseRequests.VictimToldRequest request) {
        return ok(work.tellVictim(id, push(id, "victim-updates/" + updateId, key, ifMatch, request), updateId, request.method(),
                request.toldAt()));
    }

    @POST
    @Path("/{id}/review-requests")
    @Operation(operationId = "requestCaseReview", summary = "Record the victim's request for a review of a no-further-action decision",
            description = "Roles: `police` or `cps`. Under the Victims' Right to Review, while the case is NO_FURTHER_ACTION and before "
                    + "`review.requestBy`; 409 otherwise.")
    @APIResponse(responseCode = "200", description = "Recorded; the case as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "requested", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force or filed with your CPS area")
    @APIResponse(responseCode = "409", description = "No decision to review, too late, already requested, or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response requestReview(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key) {
        return ok(work.requestReview(id, push(id, "review-requests", key, ifMatch, "")));
    }

    @PUT
    @Path("/{id}/review-outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCaseReviewOutcome", summary = "Record what the review of a no-further-action decision found",
            description = "Roles: `police` or `cps`: the party whose decision was reviewed. An overturned decision is followed by "
                    + "the move back to INVESTIGATING.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseRequests.ReviewOutcomeRequest.class),
            examples = @ExampleObject(name = "upheld", value = CaseExamples.REVIEW_OUTCOME)))
    @APIResponse(responseCode = "200", description = "Recorded; the case as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "reviewed", value = CaseExamples.CASE)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a case of your force or filed with your CPS area")
    @APIResponse(responseCode = "409", description = "No review requested, outcome already recorded, or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "412", description = "The case changed since you read it")
    public Response recordReviewOutcome(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read") @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = "A key of your choosing, to make retries safe") @HeaderParam(IdempotencyKey.HEADER) String key,
            @Valid @NotNull CaseRequests.ReviewOutcomeRequest request) {
        return ok(work.recordReviewOutcome(id, push(id, "review-outcome", key, ifMatch, request), request.outcome()));
    }

    private CaseWork.Push push(UUID id, String what, String key, String ifMatch, Object body) {
        String fingerprint;
        try {
            fingerprint = Sha256.hex(id + "/" + what + "\n" + json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated request always serialises", e);
        }
        return new CaseWork.Push(IdempotencyKey.optional(key), fingerprint, IfMatch.optional(ifMatch, "case"));
    }

    static Response ok(CaseWork.LinkedCase linked) {
        return Response.ok(CaseView.of(linked)).tag(new EntityTag(Long.toString(linked.theCase().version()))).build();
    }
}
