package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.IfMatch;
import org.hatecrime.victimcare.domain.support.ActionStatus;
import org.hatecrime.victimcare.domain.support.Support;
import org.hatecrime.victimcare.domain.support.SupportWork;

/** The support plan of a victim who accepted their referral. Only maps HTTP to the domain. */
@Path("/api/v1/referrals/{id}/support-plan")
@Tag(name = "Support", description = "Support of a victim who accepted their referral: case manager, plan, wellbeing, satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class SupportPlanResource {

    static final String USERNAME = "[a-z0-9][a-z0-9._@-]{1,63}";
    static final String USERNAME_MESSAGE = "a username: 2 to 64 lower-case letters, digits, '.', '_', '@' or '-'";
    private static final String IF_MATCH = "The ETag of the support plan you read, to refuse the change if a colleague changed it since";

    private final SupportWork work;

    SupportPlanResource(SupportWork work) {
        this.work = work;
    }

    @GET
    @Operation(operationId = "getSupportPlan", summary = "Read the support plan of the referral's victim",
            description = "Role: `victim-care`. Case manager, actions (their descriptions opened for your agency), wellbeing at the "
                    + "start and close, satisfaction. Reading it is recorded in the audit log as a read of personal data. The ETag "
                    + "is the plan's version, for `If-Match` on a change.")
    @APIResponse(responseCode = "200", description = "The support plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "under way", value = SupportExamples.PLAN)))
    @APIResponse(responseCode = "404", description = "Unknown, not a referral to your service, or no support planned yet")
    public Response get(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return ok(work.plan(id));
    }

    @PUT
    @Path("/case-manager")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "assignCaseManager", summary = "Assign the victim's case manager",
            description = "Role: `victim-care`. The username of one of your service's staff. Only for an ACCEPTED referral (409 "
                    + "otherwise, and once support is closed); starts the support plan if there is none yet. Send `If-Match` to be "
                    + "sure no colleague changed the plan meanwhile (412 if one did).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseManagerAssignment.class),
            examples = @ExampleObject(name = "assign", value = SupportExamples.CASE_MANAGER)))
    @APIResponse(responseCode = "200", description = "Assigned; the plan as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "assigned", value = SupportExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "The referral is not ACCEPTED, or support was closed")
    @APIResponse(responseCode = "412", description = "The plan changed since you read it")
    public Response assignCaseManager(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CaseManagerAssignment request) {
        return ok(work.assignCaseManager(id, IfMatch.optional(ifMatch, "support plan"), request.caseManager()));
    }

    @PUT
    @Path("/starting-wellbeing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordStartingWellbeing", summary = "Record the victim's wellbeing at the start of support (SWEMWBS)",
            description = "Role: `victim-care`. The victim's answers to the seven SWEMWBS statements, each 1 (none of the time) to 5 "
                    + "(all of the time), in the scale's order; the raw total (7 to 35) is converted to the metric score with the "
                    + "scale's conversion table. May be corrected until support closes. Only for an ACCEPTED referral (409 otherwise). "
                    + "Send `If-Match` to be sure no colleague changed the plan meanwhile.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WellbeingAnswers.class),
            examples = @ExampleObject(name = "at the start", value = SupportExamples.WELLBEING)))
    @APIResponse(responseCode = "200", description = "Recorded; the plan as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "recorded", value = SupportExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "Not seven answers, or an answer outside 1 to 5; each violation names its field")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "The referral is not ACCEPTED, or support was closed")
    @APIResponse(responseCode = "412", description = "The plan changed since you read it")
    public Response recordStartingWellbeing(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull WellbeingAnswers request) {
        return ok(work.recordStartingWellbeing(id, IfMatch.optional(ifMatch, "support plan"), request.items()));
    }

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addSupportAction", summary = "Add an action to the support plan",
            description = "Role: `victim-care`. What is to be done (personal data: stored sealed, never published), its owner (a "
                    + "username, or `victim`) and due date; it starts OPEN. Only for an ACCEPTED referral (409 otherwise). Send "
                    + "`If-Match` with the ETag you read: a retry of a request that already went through then answers 412 instead of "
                    + "adding the action twice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSupportAction.class),
            examples = @ExampleObject(name = "housing", value = SupportExamples.NEW_ACTION)))
    @APIResponse(responseCode = "201", description = "Added; the plan as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "added", value = SupportExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "The referral is not ACCEPTED, support was closed, or the victim's personal "
            + "data was erased, at intake or on a retention review (nothing more about them is recorded)")
    @APIResponse(responseCode = "412", description = "The plan changed since you read it")
    public Response addAction(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull NewSupportAction request) {
        SupportWork.Read read = work.addAction(id, IfMatch.optional(ifMatch, "support plan"), request.description(), request.owner(), request.dueOn());
        return Response.status(Response.Status.CREATED).tag(etag(read.support())).entity(SupportPlanView.of(read)).build();
    }

    @PUT
    @Path("/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSupportAction", summary = "Change an action of the support plan: done, cancelled, new owner or date",
            description = "Role: `victim-care`. Replaces the action's description, owner, due date and status (OPEN, DONE or "
                    + "CANCELLED). Only for an ACCEPTED referral, until support closes (409 otherwise). Send `If-Match` to be sure no "
                    + "colleague changed the plan meanwhile (412 if one did).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportActionChange.class),
            examples = @ExampleObject(name = "done", value = SupportExamples.ACTION_CHANGE)))
    @APIResponse(responseCode = "200", description = "Changed; the plan as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupportPlanView.class),
                    examples = @ExampleObject(name = "changed", value = SupportExamples.PLAN)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field")
    @APIResponse(responseCode = "404", description = "Unknown referral or action, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "The referral is not ACCEPTED, support was closed, or the victim's personal "
            + "data was erased, at intake or on a retention review (the description can no longer be sealed)")
    @APIResponse(responseCode = "412", description = "The plan changed since you read it")
    public Response changeAction(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Parameter(description = "The action's id") @PathParam("actionId") UUID actionId,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SupportActionChange request) {
        return ok(work.changeAction(id, actionId, IfMatch.optional(ifMatch, "support plan"), request.description(), request.owner(), request.dueOn(),
                request.status()));
    }

    /** The case manager to assign. */
    @Schema(name = "CaseManagerAssignment")
    public record CaseManagerAssignment(
            @Schema(description = "Username of one of your service's staff", example = "beacon-worker")
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String caseManager) {
    }

    /** The victim's answers to the seven SWEMWBS statements. */
    @Schema(name = "WellbeingAnswers")
    public record WellbeingAnswers(
            @Schema(description = "Seven answers in the scale's order, each 1 (none of the time) to 5 (all of the time)",
                    example = "[2, 3, 2, 3, 2, 3, 3]")
            @NotNull @Size(min = 7, max = 7, message = "answer each of the 7 statements")
            List<@NotNull @Min(1) @Max(5) Integer> items) {
    }

    /** An action to add to the plan. */
    @Schema(name = "NewSupportAction")
    public record NewSupportAction(
            @Schema(description = "What is to be done: personal data, stored sealed") @NotBlank @Size(max = 1000) String description,
            @Schema(description = "Who does it: a username, or `victim`", example = "beacon-worker")
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String owner,
            @Schema(description = "By when", example = "2026-12-04") @NotNull LocalDate dueOn) {
    }

    /** An action as it is to stand. */
    @Schema(name = "SupportActionChange")
    public record SupportActionChange(
            @Schema(description = "What is to be done: personal data, stored sealed") @NotBlank @Size(max = 1000) String description,
            @Schema(description = "Who does it: a username, or `victim`")
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE) String owner,
            @Schema(description = "By when") @NotNull LocalDate dueOn,
            @Schema(description = "OPEN, DONE or CANCELLED") @NotNull ActionStatus status) {
    }

    /** The support of a victim as the agency working the referral reads it. */
    @Schema(name = "SupportPlan")
    public record SupportPlanView(UUID referralId, String caseManager, List<SupportActionView> actions, WellbeingScore startingWellbeing,
            WellbeingScore closingWellbeing,
            @Schema(description = "Closing minus starting metric score, once closed") BigDecimal wellbeingChange,
            SatisfactionView satisfaction, boolean closed, OffsetDateTime closedAt, String closedBy, long version) {

        static SupportPlanView of(SupportWork.Read read) {
            Support s = read.support();
            return new SupportPlanView(s.referralId(), s.caseManager(),
                    s.actions().stream().map(a -> new SupportActionView(a.id(), read.actionDescriptions().get(a.id()), a.owner(), a.dueOn(),
                            a.status(), a.changedAt())).toList(),
                    s.startingWellbeing().map(WellbeingScore::of).orElse(null), s.closingWellbeing().map(WellbeingScore::of).orElse(null),
                    s.wellbeingChange().orElse(null),
                    s.satisfaction() == null ? null : new SatisfactionView(s.satisfaction(), read.satisfactionComment()),
                    s.closed(), s.closedAt(), s.closedBy(), s.version());
        }
    }

    /** One action of the plan, its description opened. */
    @Schema(name = "SupportAction")
    public record SupportActionView(UUID id, String description, String owner, LocalDate dueOn, ActionStatus status, OffsetDateTime changedAt) {
    }

    /** A SWEMWBS measurement: the answers, their raw total and its metric score. */
    @Schema(name = "WellbeingScore")
    public record WellbeingScore(List<Integer> items,
            @Schema(description = "Sum of the answers, 7 to 35") int rawScore,
            @Schema(description = "The raw score converted with the SWEMWBS conversion table, 7.00 to 35.00") BigDecimal metricScore,
            OffsetDateTime measuredAt) {

        static WellbeingScore of(Support.Wellbeing w) {
            return new WellbeingScore(w.items(), w.raw(), w.metric(), w.measuredAt());
        }
    }

    /** The victim's satisfaction at the close, with their comment opened. */
    @Schema(name = "Satisfaction")
    public record SatisfactionView(@Schema(description = "1 (very dissatisfied) to 5 (very satisfied)") int score, String comment) {
    }

    static Response ok(SupportWork.Read read) {
        return Response.ok(SupportPlanView.of(read)).tag(etag(read.support())).build();
    }

    static EntityTag etag(Support support) {
        return new EntityTag(Long.toString(support.version()));
    }
}
