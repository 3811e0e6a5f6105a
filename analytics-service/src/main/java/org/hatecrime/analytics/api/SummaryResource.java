package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.domain.ReportCounts;

/** Headline counts for partnership analysts. */
@Path("/api/v1/analytics/summary")
@Tag(name = "Summary", description = "Counts of reports by strand and district")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class SummaryResource {

    private static final String EXAMPLE = """
            {"totalReports": 3, "byStrand": {"RACE": 2, "RELIGION_OR_BELIEF": 2}, "byDistrict": {"STEVENAGE": 2, "WATFORD": 1}}""";

    private final ReportCounts counts;

    SummaryResource(ReportCounts counts) {
        this.counts = counts;
    }

    @GET
    @Operation(operationId = "getSummary", summary = "Count reports by strand and by district",
            description = "Role: `analyst`. Counts only, never a name: a report with several strands counts under each of them "
                    + "and once in the total.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportCounts.Summary.class),
                    examples = @ExampleObject(name = "summary", value = EXAMPLE)))
    public ReportCounts.Summary summary() {
        return counts.summary();
    }
}
