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
import java.time.Clock;
import java.time.LocalDate;
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
import org.hatecrime.kit.retention.RetentionDecision;
import org.hatecrime.kit.retention.RetentionDecisionRequest;
import org.hatecrime.kit.retention.ReviewDecision;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.retention.RetentionReview;
import org.hatecrime.reporting.domain.retention.RetentionReviews;

/** Retention reviews of reports' personal details, for administrators: what is due, and each decision. */
@Path("/api/v1/reports")
@Tag(name = "Retention reviews", description = "Reviewing whether reports' personal details are still needed, and anonymising them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ReportAccess.ADMIN)
public class RetentionResource {

    private final RetentionReviews reviews;
    private final Clock clock;

    RetentionResource(RetentionReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Schema(name = "RetentionReview", description = "A report due for a retention review; no personal details")
    public record RetentionReviewResponse(UUID reportId, String reference, String agency, String status, OffsetDateTime receivedAt,
            @Schema(description = "When it was closed, withdrawn or linked as a duplicate; null while open", nullable = true) OffsetDateTime endedAt,
            @Schema(description = "The date an earlier review kept the details until, if one did", nullable = true) LocalDate keptUntil,
            @Schema(description = "The day the review fell due") LocalDate reviewDue) {

        static RetentionReviewResponse of(RetentionReview r) {
            return new RetentionReviewResponse(r.reportId(), r.reference(), r.agency(), r.status(), r.receivedAt(), r.endedAt(),
                    r.keptUntil(), r.reviewDue());
        }
    }

    @Schema(name = "RetentionDecision", description = "A retention review's decision, as recorded")
    public record RetentionDecisionResponse(UUID id, UUID reportId, ReviewDecision decision, String reason,
            @Schema(description = "KEEP only: the date of the next review", nullable = true) LocalDate keepUntil,
            String decidedBy, String agency, OffsetDateTime decidedAt) {

        static RetentionDecisionResponse of(RetentionDecision d) {
            return new RetentionDecisionResponse(d.id(), d.recordId(), d.decision(), d.reason(), d.keepUntil(), d.decidedBy(), d.agency(),
                    d.decidedAt());
        }
    }

    @GET
    @Path("/retention-reviews")
    @Operation(operationId = "listRetentionReviews", summary = "List reports whose personal details are due for a retention review",
            description = "Role: `admin`. Every agency's reports whose review falls due on or before `dueBy` (default today), the "
                    + "longest waiting first: a configured time (6 years) after the report ended, or was received if it never "
                    + "ended, or the date an earlier review kept it until. Reports already anonymised or whose data subject was "
                    + "erased hold nothing to review. No personal details.")
    @APIResponse(responseCode = "200", description = "One page of due reviews",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RetentionReviewResponse.class),
                    examples = @ExampleObject(name = "due", value = Examples.RETENTION_REVIEWS)))
    public List<RetentionReviewResponse> due(
            @Parameter(description = "Reviews due on or before this day, YYYY-MM-DD (default today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2032-12-31") @QueryParam("dueBy") String dueBy,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Reviews per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return reviews.due(QueryParameters.dayOrToday("dueBy", dueBy, clock), page, size).stream()
                .map(RetentionReviewResponse::of).toList();
    }

    @POST
    @Path("/{id}/retention-decisions")
    @Operation(operationId = "decideRetentionReview", summary = "Decide a due retention review: keep the details or anonymise them",
            description = "Role: `admin`. Only for a report due for review today. `KEEP` needs `keepUntil` (after today), the day "
                    + "of the next review. `ANONYMISE` replaces the report's personal details with nothing for good and forgets "
                    + "its follow-ups and victim keys; the coded facts stay, and the other services forget the report as for an "
                    + "erasure (`subject.erased.v1`). Audited with the reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetentionDecisionRequest.class),
            examples = {@ExampleObject(name = "keep", value = Examples.RETENTION_KEEP),
                        @ExampleObject(name = "anonymise", value = Examples.RETENTION_ANONYMISE)}))
    @APIResponse(responseCode = "201", description = "Recorded and carried out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionDecisionResponse.class),
                    examples = @ExampleObject(name = "kept", value = Examples.RETENTION_DECISION)))
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "The report is not due for review (or was already anonymised)")
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull RetentionDecisionRequest request) {
        RetentionDecision made = reviews.decide(id, request.decision(), request.reason(), request.keepUntil());
        return Response.status(Response.Status.CREATED).entity(RetentionDecisionResponse.of(made)).build();
    }
}
