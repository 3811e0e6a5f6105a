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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.reporting.domain.duplicates.MatchReview;
import org.hatecrime.reporting.domain.duplicates.MatchStatus;
import org.hatecrime.reporting.domain.report.Report;
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
    public record MatchedReport(UUID id, String reference, String agency, String channel, String status, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime receivedAt) {

        static MatchedReport of(Report r) {
            return new MatchedReport(r.id(), r.reference(), r.agency(), r.channel().name(), r.status().name(), r.strandCodes(),
                    r.district(), r.occurredAt(), r.receivedAt());
        }
    }

    public record CrossAgencyMatchResponse(UUID id, String kind, String status, OffsetDateTime detectedAt, MatchedReport report,
            MatchedReport earlierReport, String decidedBy, OffsetDateTime decidedAt, String decisionNote) {

        static CrossAgencyMatchResponse of(MatchReview.MatchView view) {
            var m = view.match();
            return new CrossAgencyMatchResponse(m.id(), m.kind().name(), m.status().name(), m.detectedAt(), MatchedReport.of(view.report()),
                    MatchedReport.of(view.other()), m.decidedBy(), m.decidedAt(), m.decisionNote());
        }
    }

    @GET
    @Operation(summary = "Cross-agency matches, oldest first (partnership coordinator)",
            description = "Pending matches unless another status is asked for; only those of one report when it is named. "
                    + "Each report shown is audited as looked at.")
    @APIResponse(responseCode = "200", description = "One page of matches")
    public List<CrossAgencyMatchResponse> queue(@QueryParam("status") String status,
            @QueryParam("report") UUID report,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        MatchStatus wanted = ReportResource.enumParam("status", status, MatchStatus.class);
        return review.queue(wanted == null ? MatchStatus.PENDING : wanted, report, page, size).stream().map(CrossAgencyMatchResponse::of).toList();
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Confirm or reject a cross-agency match (partnership coordinator)",
            description = "Confirming joins the two reports' data subjects, so erasing the person erases both; for the same "
                    + "incident, each agency may then link its report as a duplicate of the other.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such match")
    @APIResponse(responseCode = "409", description = "Already decided")
    public CrossAgencyMatchResponse decide(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.MatchDecisionRequest request) {
        return CrossAgencyMatchResponse.of(review.decide(id, request.decision() == ActionRequests.MatchDecision.CONFIRM, request.note()));
    }
}
