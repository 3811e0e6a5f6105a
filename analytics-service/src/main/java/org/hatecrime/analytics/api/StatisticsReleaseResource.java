package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.domain.statistics.Release;
import org.hatecrime.analytics.domain.statistics.StatisticsReleases;
import org.hatecrime.kit.security.Caller;

/** Analysts publish statistics; the public reads them at {@link PublishedStatisticsResource}. */
@Path("/api/v1/analytics/statistics/releases")
@Tag(name = "Published statistics", description = "Releases of statistics, small counts withheld; versioned and never changed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class StatisticsReleaseResource {

    /** What to publish. */
    @Schema(name = "PublishStatisticsRequest")
    public record PublishRequest(
            @NotNull @Schema(description = "A complete month (YYYY-MM) or quarter (YYYY-Qn)", example = "2026-Q3",
                    required = true) String period,
            @Size(max = 2000) @Schema(description = "Required when the period was published before: what changed and why",
                    example = "Reports withdrawn after the first release are no longer counted") String changeNote) {
    }

    private final StatisticsReleases releases;
    private final Caller caller;

    StatisticsReleaseResource(StatisticsReleases releases, Caller caller) {
        this.releases = releases;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "publishStatistics", summary = "Publish statistics for a complete month or quarter",
            description = "Role: `analyst`. Counts the reports whose statistics consent allows it by district and strand, withholds "
                    + "counts under the threshold and any cell a total would reveal, in the table or together with the public "
                    + "releases of its quarter and of the quarter's months, and stores the release for good. Publishing "
                    + "a period again is a revision: it needs a change note and names the release it revises. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishRequest.class),
            examples = {@ExampleObject(name = "first release", value = Examples.PUBLISH),
                    @ExampleObject(name = "revision", value = Examples.REVISE)}))
    @APIResponse(responseCode = "201", description = "Published; Location is the public address of the release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Release.class),
                    examples = @ExampleObject(name = "release", value = Examples.RELEASE)))
    @APIResponse(responseCode = "400", description = "The period is not a month or quarter, or a revision has no change note")
    @APIResponse(responseCode = "409", description = "The period has not ended")
    public Response publish(@Valid @NotNull PublishRequest request, @Context UriInfo uri) {
        Release release = releases.publish(request.period(), request.changeNote(), caller.actor(), caller.agency());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/public/statistics/releases/{version}").build(release.version()))
                .entity(release).build();
    }
}
