package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.domain.ReportCounts;
import org.hatecrime.kit.security.Caller;

/** Headline figures for partnership analysts. */
@Path("/api/v1/analytics/summary")
@Tag(name = "Summary", description = "Counts of reports by strand, district, month, channel, reporter role and incident type")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class SummaryResource {

    private final ReportCounts counts;
    private final Caller caller;

    SummaryResource(ReportCounts counts, Caller caller) {
        this.counts = counts;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getSummary", summary = "Count reports by strand, district, month, channel, reporter role and incident type",
            description = "Role: `analyst`. Counts only, never a record: a report with several strands counts under each of them "
                    + "and once in the total. Duplicates, withdrawn reports, reports about an erased person and reports without "
                    + "statistics consent are left out. "
                    + "Each query is audited.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportCounts.Summary.class),
                    examples = @ExampleObject(name = "summary", value = Examples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "A month is not written YYYY-MM, or 'from' is after 'to'")
    public ReportCounts.Summary summary(
            @Parameter(description = "First month included (YYYY-MM); the beginning if absent", example = "2026-01")
            @QueryParam("from") String from,
            @Parameter(description = "Last month included (YYYY-MM); up to now if absent", example = "2026-12")
            @QueryParam("to") String to) {
        return counts.summary(caller.actor(), caller.agency(), Months.parse("from", from, null), Months.parse("to", to, null));
    }
}
