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
import org.hatecrime.reporting.domain.duplicates.MatchReview;
import org.hatecrime.reporting.domain.duplicates.MatchStatus;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * The partnership coordinator's queue of reports at different agencies that the platform matched
 * by the victim's pseudonymous key. Only the coordinator sees them; every look is audited.
 */
@Path("/api/v1/coordination/matches")
@Tag(name = "Partnership coordination", description = "Matches across agencies, confirmed or rejected by the coordinator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ReportAccess.COORDINATOR)
public class CoordinationResource {

    private final MatchReview review;

    CoordinationResource(MatchReview review) {
        this.review = review;
    }

    /** One side of a match: coded facts only. */
    @Schema(name = "MatchedReport", description = "One report of a match: coded facts only")
    public record MatchedReport(UUID id, String reference, String agency, String channel, String status, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime receivedAt) {

        static MatchedReport of(Report r) {
            return new MatchedReport(r.id(), r.reference(), r.agency(), r.channel().name(), r.status().name(), r.strandCodes(),
                    r.district(), r.occurredAt(), r.receivedAt());
        }
    }

    @Schema(name = "CrossAgencyMatch", description = "Two reports of one victim at different agencies, and the coordinator's decision")
    public record CrossAgencyMatchResponse(UUID id, String kind, String status, OffsetDateTime detectedAt, MatchedReport report,
            MatchedReport earlierReport, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

        static CrossAgencyMatchResponse of(MatchReview.MatchView view) {
            var m = view.match();
            return new CrossAgencyMatchResponse(m.id(), m.kind().name(), m.status().name(), m.detectedAt(), MatchedReport.of(view.report()),
                    MatchedReport.of(view.other()), m.decidedBy(), m.decidedAt(), m.decisionNote());
        }
    }

    @GET
    @Operation(operationId = "listCrossAgencyMatches", summary = "Reports of one victim at different agencies, oldest first",
            description = "Role: `partnership-coordinator`. Pending matches unless another status is asked for; only those of "
                    + "one report when it is named. Coded facts only; each report shown is audited as looked at.")
    @APIResponse(responseCode = "200", description = "One page of matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CrossAgencyMatchResponse.class),
                    examples = @ExampleObject(name = "one match", value = "[" + Examples.MATCH + "]")))
    public List<CrossAgencyMatchResponse> queue(
            @Parameter(description = "PENDING (the default), CONFIRMED or REJECTED") @QueryParam("status") String status,
            @Parameter(description = "Only the matches of this report") @QueryParam("report") UUID report,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Matches per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        MatchStatus wanted = QueryParameters.oneOf("status", status, MatchStatus.class);
        return review.queue(wanted == null ? MatchStatus.PENDING : wanted, report, page, size).stream().map(CrossAgencyMatchResponse::of).toList();
    }

    @POST
    @Path("/{id}/decision")
    @Operation(operationId = "decideCrossAgencyMatch", summary = "Confirm or reject a cross-agency match",
            description = "Role: `partnership-coordinator`. Confirming joins the two reports' data subjects, so erasing the person "
                    + "erases both; for the same incident, each agency may then link its report as a duplicate of the other. "
                    + "Rejecting joins nothing. A match is decided once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.MatchDecisionRequest.class),
            examples = @ExampleObject(name = "confirm", value = Examples.MATCH_DECISION)))
    @APIResponse(responseCode = "200", description = "Decided",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrossAgencyMatchResponse.class),
                    examples = @ExampleObject(name = "pending before the decision", value = Examples.MATCH)))
    @APIResponse(responseCode = "404", description = "No such match")
    @APIResponse(responseCode = "409", description = "Already decided")
    public CrossAgencyMatchResponse decide(@Parameter(description = "The match's id") @PathParam("id") UUID id, @Valid @NotNull ActionRequests.MatchDecisionRequest request) {
        return CrossAgencyMatchResponse.of(review.decide(id, request.decision() == ActionRequests.MatchDecision.CONFIRM, request.note()));
    }
}
