package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.domain.justice.JusticeMeasures;
import org.hatecrime.kit.security.Caller;

/** What became of the cases: outcomes, charge rate and time to charge. */
@Path("/api/v1/analytics/justice")
@Tag(name = "Justice", description = "Outcome mix, charge rate and time to charge by strand")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class JusticeMeasuresResource {

    private final JusticeMeasures measures;
    private final Caller caller;
    private final Clock clock;

    JusticeMeasuresResource(JusticeMeasures measures, Caller caller, Clock clock) {
        this.measures = measures;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getJusticeMeasures", summary = "Outcome mix, charge rate and time to charge by strand",
            description = "Role: `analyst`. For the cases opened from `from` to `to` (months, default the last 12): cases opened and "
                    + "closed, closed cases by Home Office outcome code, charge rate and days to charge (median, 90th percentile) by "
                    + "strand, and the share of sentences uplifted for hostility. Figures only, never a case. Audited.")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JusticeMeasures.Measures.class),
                    examples = @ExampleObject(name = "measures", value = Examples.JUSTICE)))
    @APIResponse(responseCode = "400", description = "A month is not written YYYY-MM, or 'from' is after 'to'")
    public JusticeMeasures.Measures measures(
            @Parameter(description = "First month (YYYY-MM) in which cases opened", example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = "Last month (YYYY-MM)", example = "2026-12") @QueryParam("to") String to) {
        YearMonth now = YearMonth.now(clock);
        return measures.measures(caller.actor(), caller.agency(), Months.parse("from", from, now.minusMonths(11)),
                Months.parse("to", to, now));
    }
}
