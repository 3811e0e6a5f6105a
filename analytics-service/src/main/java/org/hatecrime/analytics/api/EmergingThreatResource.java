package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.domain.threats.Alert;
import org.hatecrime.analytics.domain.threats.EmergingThreats;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.kit.security.Caller;

/** Emerging threats for analysts: the alerts with their evidence, and a scan of a given week. */
@Path("/api/v1/analytics/emerging-threats")
@Tag(name = "Emerging threats", description = "Weeks in which reports of a strand rose beyond their baseline's control limit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class EmergingThreatResource {

    /** Which week to scan. */
    @Schema(name = "EmergingThreatScanRequest")
    public record ScanRequest(
            @NotNull @Schema(description = "Any day of the week to scan (weeks start on Monday, UK time); the week must have ended",
                    example = "2026-11-16", required = true) LocalDate week) {
    }

    private final EmergingThreats threats;
    private final Caller caller;
    private final Clock clock;

    EmergingThreatResource(EmergingThreats threats, Caller caller, Clock clock) {
        this.threats = threats;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listEmergingThreats", summary = "List emerging-threat alerts with their evidence",
            description = "Role: `analyst`. The alerts of the weeks from `from` to `to` (default: the last 13 weeks), newest first, "
                    + "each with the expected weekly count, the count observed and the limit it reached. Audited.")
    @APIResponse(responseCode = "200", description = "The alerts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Alert.class),
                    examples = @ExampleObject(name = "alerts", value = Examples.THREATS)))
    @APIResponse(responseCode = "400", description = "A date is not written YYYY-MM-DD, or 'from' is after 'to'")
    public List<Alert> list(
            @Parameter(description = "First week (any day of it, YYYY-MM-DD)", example = "2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "Last week (any day of it, YYYY-MM-DD)", example = "2026-11-30") @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock);
        return threats.list(caller.actor(), caller.agency(), date("from", from, today.minusWeeks(13)), date("to", to, today));
    }

    @POST
    @Path("/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scanForEmergingThreats", summary = "Scan a week that has ended for emerging threats",
            description = "Role: `analyst`. The service scans each week by itself on Monday morning; this scans a given week now, "
                    + "for instance after late reports. Each alert is raised and announced once, however often its week is scanned.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScanRequest.class), examples = @ExampleObject(name = "week", value = Examples.SCAN)))
    @APIResponse(responseCode = "200", description = "The week's alerts, new and earlier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Alert.class),
                    examples = @ExampleObject(name = "alerts", value = Examples.THREATS)))
    @APIResponse(responseCode = "400", description = "No week given")
    @APIResponse(responseCode = "409", description = "The week has not ended")
    public List<Alert> scan(@Valid @NotNull ScanRequest request) {
        caller.agency(); // a token without an agency may not scan
        return threats.scan(request.week());
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        LocalDate day = QueryParameters.day(field, value);
        return day == null ? otherwise : day;
    }
}
