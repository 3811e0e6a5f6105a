package org.hatecrime.cases.api;

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
import org.hatecrime.cases.domain.casefile.CaseRetentionReviews;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.kit.retention.RetentionDecision;
import org.hatecrime.kit.retention.RetentionDecisionRequest;
import org.hatecrime.kit.retention.ReviewDecision;

/** Retention reviews of the force's cases, for its records managers. Only maps HTTP to the domain. */
@Path("/api/v1/cases")
@Tag(name = "Retention reviews", description = "Reviewing whether your force's cases still need their personal data, and anonymising them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CaseRetentionResource.RECORDS_MANAGER)
public class CaseRetentionResource {

    static final String RECORDS_MANAGER = "records-manager";

    private final CaseRetentionReviews reviews;
    private final Clock clock;

    CaseRetentionResource(CaseRetentionReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Schema(name = "CaseRetentionReview", description = "A case due for a retention review; no personal data")
    public record ReviewView(UUID caseId, String reportReference, String force, String stage, OffsetDateTime openedAt,
            @Schema(description = "When it closed; null if it never did", nullable = true) OffsetDateTime closedAt,
            @Schema(description = "The date an earlier review kept the data until, if one did", nullable = true) LocalDate keptUntil,
            @Schema(description = "The day the review fell due") LocalDate reviewDue) {

        static ReviewView of(CaseRetentionReviews.Review r) {
            return new ReviewView(r.caseId(), r.reportReference(), r.force(), r.stage(), r.openedAt(), r.closedAt(), r.keptUntil(),
                    r.reviewDue());
        }
    }

    @Schema(name = "CaseRetentionDecision", description = "A retention review's decision, as recorded")
    public record DecisionView(UUID id, UUID caseId, ReviewDecision decision, String reason,
            @Schema(description = "KEEP only: the date of the next review", nullable = true) LocalDate keepUntil,
            String decidedBy, String agency, OffsetDateTime decidedAt) {

        static DecisionView of(RetentionDecision d) {
            return new DecisionView(d.id(), d.recordId(), d.decision(), d.reason(), d.keepUntil(), d.decidedBy(), d.agency(), d.decidedAt());
        }
    }

    @GET
    @Path("/retention-reviews")
    @Operation(operationId = "listCaseRetentionReviews", summary = "List your force's cases whose personal data is due for a retention review",
            description = "Role: `records-manager` (of the force). Your force's cases whose review falls due on or before `dueBy` (default "
                    + "today), the longest waiting first: a configured time (6 years) after the case closed, or after it opened if "
                    + "it never closed, or the date an earlier review kept it until. Cases already anonymised hold nothing to "
                    + "review. No personal data; the look is audited.")
    @APIResponse(responseCode = "200", description = "One page of due reviews",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewView.class),
                    examples = @ExampleObject(name = "due", value = CaseExamples.RETENTION_REVIEWS)))
    public List<ReviewView> due(
            @Parameter(description = "Reviews due on or before this day, YYYY-MM-DD (default today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2032-12-31") @QueryParam("dueBy") String dueBy,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Reviews per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return reviews.due(QueryParameters.dayOrToday("dueBy", dueBy, clock), page, size).stream().map(ReviewView::of).toList();
    }

    @POST
    @Path("/{id}/retention-decisions")
    @Operation(operationId = "decideCaseRetentionReview", summary = "Decide a due retention review: keep the personal data or anonymise it",
            description = "Role: `records-manager` (of the force). Only for your force's case due for review today. `KEEP` needs `keepUntil` "
                    + "(after today), the day of the next review. `ANONYMISE` forgets the case's victim key and suspect reference "
                    + "and every link to the force's other cases, for good; the case's progress, codes and dates stay, and a "
                    + "suspect reference is not recorded on it again (409). Audited with the reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetentionDecisionRequest.class),
            examples = {@ExampleObject(name = "keep", value = CaseExamples.RETENTION_KEEP),
                        @ExampleObject(name = "anonymise", value = CaseExamples.RETENTION_ANONYMISE)}))
    @APIResponse(responseCode = "201", description = "Recorded and carried out",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class),
                    examples = @ExampleObject(name = "kept", value = CaseExamples.RETENTION_DECISION)))
    @APIResponse(responseCode = "404", description = "No such case at your force")
    @APIResponse(responseCode = "409", description = "The case is not due for review (or was anonymised already)")
    public Response decide(@Parameter(description = "The case's id") @PathParam("id") UUID id,
            @Valid @NotNull RetentionDecisionRequest request) {
        RetentionDecision made = reviews.decide(id, request.decision(), request.reason(), request.keepUntil());
        return Response.status(Response.Status.CREATED).entity(DecisionView.of(made)).build();
    }
}
