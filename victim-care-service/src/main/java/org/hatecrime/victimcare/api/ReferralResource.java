package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.kit.problem.IfMatch;
import org.hatecrime.victimcare.domain.referral.ProviderDelivery;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralIntake;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;
import org.hatecrime.victimcare.domain.referral.ReferralWork;

/** Referrals to your victim service, and their way from request to closure. Only maps HTTP to the domain. */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "Referrals to your victim service: queue, progress, outcome")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class ReferralResource {

    static final String VICTIM_CARE = "victim-care";

    private final ReferralWork work;
    private final ReferralIntake intake;

    ReferralResource(ReferralWork work, ReferralIntake intake) {
        this.work = work;
        this.intake = intake;
    }

    @GET
    @Operation(operationId = "listReferrals", summary = "Your service's referrals, newest consent first",
            description = "Role: `victim-care`. The referrals your agency works, optionally in one status. No names or contact "
                    + "details; check `contactStopped` before every contact.")
    @APIResponse(responseCode = "200", description = "One page of referrals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralView.class),
                    examples = @ExampleObject(name = "one referral", value = "[" + ReferralExamples.REFERRAL + "]")))
    public List<ReferralView> list(
            @Parameter(description = "Only referrals in this status, e.g. SENT; another value is a 400 naming `status`",
                    schema = @Schema(implementation = ReferralStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Referrals per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return work.queue(QueryParameters.oneOf("status", status, ReferralStatus.class), page, size).stream().map(ReferralView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReferral", summary = "Read one of your service's referrals, with every move it made",
            description = "Role: `victim-care`. The ETag is the referral's version, for `If-Match` on a status change.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = {@ExampleObject(name = "sent", value = ReferralExamples.REFERRAL),
                        @ExampleObject(name = "awaiting delivery", value = ReferralExamples.AWAITING_DELIVERY)}))
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    public Response get(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return ok(work.read(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openReferral", summary = "Open a referral to your own service, e.g. after the victim phoned",
            description = "Role: `victim-care`. The referral goes to the provider your agency works for, with the victim's consent "
                    + "at `consentedAt` (the Victims' Code clock starts there). No names or contact details here.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenReferralRequest.class),
            examples = @ExampleObject(name = "after a phone call", value = ReferralExamples.OPEN_REFERRAL)))
    @APIResponse(responseCode = "201", description = "Opened, and in your queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "opened", value = ReferralExamples.REFERRAL)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field")
    @APIResponse(responseCode = "403", description = "Your agency works no victim service's referrals")
    public Response open(@Valid @NotNull OpenReferralRequest request) {
        Referral referral = intake.direct(new ReferralIntake.DirectReferral(request.district(), request.strands(), request.occurredAt(),
                request.consentedAt()));
        return Response.status(Response.Status.CREATED).tag(etag(referral)).entity(ReferralView.of(referral)).build();
    }

    @POST
    @Path("/{id}/status-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeReferralStatus", summary = "Move one of your referrals on: acknowledge, contact, outcome, close",
            description = "Role: `victim-care`. Allowed moves: SENT → ACKNOWLEDGED → CONTACT_ATTEMPTED (again for each attempt) → "
                    + "ACCEPTED, DECLINED_BY_VICTIM, UNABLE_TO_CONTACT or NOT_ELIGIBLE → CLOSED; ACKNOWLEDGED may also become "
                    + "NOT_ELIGIBLE, and any open referral CLOSED. Outcomes and closure need a `reasonCode`. A contact attempt or "
                    + "acceptance is refused (409) once the victim withdrew the report or their consent to support. Send `If-Match` "
                    + "with the ETag you read to be sure no colleague moved it meanwhile (412 if one did).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusChangeRequest.class),
            examples = @ExampleObject(name = "unable to contact", value = ReferralExamples.STATUS_CHANGE)))
    @APIResponse(responseCode = "200", description = "Moved; the answer is the referral as it now stands, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "moved", value = ReferralExamples.REFERRAL)))
    @APIResponse(responseCode = "400", description = "Invalid input, or a missing reason code; each violation names its field")
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service")
    @APIResponse(responseCode = "409", description = "Not a move the referral may make now, or contact has to stop")
    @APIResponse(responseCode = "412", description = "The referral changed since you read it")
    public Response change(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag you read, to refuse the change if someone moved the referral since")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        return ok(work.change(id, IfMatch.optional(ifMatch, "referral"), request.status(), request.reasonCode()));
    }

    /** A referral to open; no names or contact details. */
    @Schema(name = "OpenReferralRequest")
    public record OpenReferralRequest(
            @Schema(description = "District code", example = "STEVENAGE")
            @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be an upper-case district code") String district,
            @Schema(description = "Strands of the hostility, if known") @Size(max = 6)
            List<@NotNull @Pattern(regexp = "RACE|RELIGION_OR_BELIEF|SEXUAL_ORIENTATION|DISABILITY|TRANSGENDER_IDENTITY|OTHER",
                    message = "must be a strand code") String> strands,
            @Schema(description = "When the incident happened, if known") @PastOrPresent OffsetDateTime occurredAt,
            @Schema(description = "When the victim consented to the referral") @NotNull @PastOrPresent OffsetDateTime consentedAt) {
    }

    /** A move of a referral. */
    @Schema(name = "ReferralStatusChange")
    public record StatusChangeRequest(
            @Schema(description = "The status to move to") @NotNull ReferralStatus status,
            @Schema(description = "Why, as a code (no free text: it is published): needed for outcomes and closure",
                    example = "NO_RESPONSE_AFTER_3_ATTEMPTS")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "an upper-case code such as NO_RESPONSE_AFTER_3_ATTEMPTS") String reasonCode) {
    }

    /** A referral as its service sees it: no names or contact details. */
    @Schema(name = "Referral")
    public record ReferralView(UUID id, String provider, String agency, String source, UUID reportId, String reportReference,
            String district, List<String> strands, OffsetDateTime occurredAt, OffsetDateTime consentedAt, String status,
            @Schema(description = "True once the victim withdrew the report or their consent to support: do not contact them")
            boolean contactStopped,
            String contactStoppedBecause, OffsetDateTime contactStoppedAt,
            @Schema(description = "Victims' Code enhanced rights (shorter deadlines), as the latest needs assessment found them")
            boolean enhancedRights, String enhancedRightsReason,
            @Schema(description = "Only for a provider that works in its own case system: the referral's way there. It stays "
                    + "REQUESTED, with the last error and when the next attempt is due, until that system takes it; then it is SENT.")
            Delivery delivery,
            List<Move> history, long version) {

        /** The referral's way to its provider's own case system. */
        @Schema(name = "ReferralDelivery")
        public record Delivery(
                @Schema(description = "Attempts made so far, the successful one included") int attempts,
                @Schema(description = "Why the last attempt failed, in the platform's words (an HTTP status, unreachable, circuit "
                        + "open); null once delivered", example = "the provider's case system answered HTTP 503") String lastError,
                OffsetDateTime lastAttemptAt,
                @Schema(description = "When the next attempt is due; null once delivered") OffsetDateTime nextAttemptAt,
                @Schema(description = "When the provider's system took the referral") OffsetDateTime deliveredAt,
                @Schema(description = "The provider's own reference for it, if its system gave one") String providerCaseReference) {

            static Delivery of(ProviderDelivery d) {
                return d == null ? null : new Delivery(d.attempts(), d.lastError(), d.lastAttemptAt(), d.nextAttemptAt(), d.deliveredAt(),
                        d.providerCaseReference());
            }
        }

        /** One move, with its reason code, who made it and when. */
        @Schema(name = "ReferralMove")
        public record Move(String from, String to, String reasonCode, String actor, OffsetDateTime at) {
        }

        static ReferralView of(Referral r) {
            return new ReferralView(r.id(), r.provider(), r.agency(), r.source().name(), r.reportId(), r.reportReference(), r.district(),
                    r.strands(), r.occurredAt(), r.consentedAt(), r.status().name(), r.contactStopped(), r.contactStoppedBecause(),
                    r.contactStoppedAt(), r.enhancedRights(), r.enhancedRightsReason(), Delivery.of(r.delivery()), r.history().stream().map(m -> new Move(m.from() == null ? null : m.from().name(), m.to().name(),
                            m.reasonCode(), m.actor(), m.at())).toList(), r.version());
        }
    }

    private static Response ok(Referral referral) {
        return Response.ok(ReferralView.of(referral)).tag(etag(referral)).build();
    }

    private static EntityTag etag(Referral referral) {
        return new EntityTag(Long.toString(referral.version()));
    }
}
