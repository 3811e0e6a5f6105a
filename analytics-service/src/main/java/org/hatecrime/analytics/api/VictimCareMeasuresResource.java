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
import org.hatecrime.analytics.domain.victimcare.VictimCareMeasures;
import org.hatecrime.kit.security.Caller;

/** How victims fared with the support they were referred to. */
@Path("/api/v1/analytics/victim-care")
@Tag(name = "Victim care", description = "Referral uptake, the Victims' Code, wellbeing and satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class VictimCareMeasuresResource {

    private final VictimCareMeasures measures;
    private final Caller caller;
    private final Clock clock;

    VictimCareMeasuresResource(VictimCareMeasures measures, Caller caller, Clock clock) {
        this.measures = measures;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getVictimCareMeasures", summary = "Referral uptake, Victims' Code compliance, wellbeing and satisfaction",
            description = "Role: `analyst`. For the referrals consented from `from` to `to` (months, default the last 12): uptake and "
                    + "acceptance, compliance per right of the Victims' Code and per agency, the change in wellbeing (SWEMWBS) "
                    + "and satisfaction at the close of support. Figures only, never a referral. Audited.")
    @APIResponse(responseCode = "200", description = "The measures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VictimCareMeasures.Measures.class),
                    examples = @ExampleObject(name = "measures", value = Examples.VICTIM_CARE)))
    @APIResponse(responseCode = "400", description = "A month is not written YYYY-MM, or 'from' is after 'to'")
    public VictimCareMeasures.Measures measures(
            @Parameter(description = "First month (YYYY-MM) of consent to the referral", example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = "Last month (YYYY-MM)", example = "2026-12") @QueryParam("to") String to) {
        YearMonth now = YearMonth.now(clock);
        return measures.measures(caller.actor(), caller.agency(), Months.parse("from", from, now.minusMonths(11)),
                Months.parse("to", to, now));
    }
}
