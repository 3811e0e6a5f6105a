package org.hatecrime.analytics.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.domain.statistics.DataDictionary;
import org.hatecrime.analytics.domain.statistics.Release;
import org.hatecrime.analytics.domain.statistics.StatisticsReleases;
import org.hatecrime.kit.domain.DomainException;

/** Published statistics, for anyone: only releases, never a live count. */
@Path("/api/v1/public/statistics")
@Tag(name = "Published statistics")
@PermitAll
@SecurityRequirements
public class PublishedStatisticsResource {

    private static final String CSV = "text/csv";

    private final StatisticsReleases releases;

    PublishedStatisticsResource(StatisticsReleases releases) {
        this.releases = releases;
    }

    @GET
    @Path("/releases")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listStatisticsReleases", summary = "List every release of published statistics, newest first",
            description = "No token: published statistics are public. The changelog: each release with its period and, for a "
                    + "revision, the release it corrects and why.")
    @APIResponse(responseCode = "200", description = "The releases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Release.Entry.class),
                    examples = @ExampleObject(name = "changelog", value = Examples.CHANGELOG)))
    public List<Release.Entry> changelog() {
        return releases.changelog();
    }

    @GET
    @Path("/releases/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatisticsRelease", summary = "Read one release of published statistics",
            description = "No token: published statistics are public. Exactly as published; a withheld count is null.")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Release.class),
                    examples = @ExampleObject(name = "release", value = Examples.RELEASE)))
    @APIResponse(responseCode = "400", description = "The version is not a number")
    @APIResponse(responseCode = "404", description = "No such release")
    public Release release(@Parameter(description = "Release number", example = "7") @PathParam("version") String version) {
        return releases.get(Versions.parse(version));
    }

    @GET
    @Path("/releases/{version}/csv")
    @Produces(CSV)
    @Operation(operationId = "getStatisticsReleaseCsv", summary = "Read one release's table as CSV",
            description = "No token: published statistics are public. One line per district and one for all districts; a "
                    + "withheld count is [c].")
    @APIResponse(responseCode = "200", description = "The table",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "table", value = Examples.CSV)))
    @APIResponse(responseCode = "400", description = "The version is not a number")
    @APIResponse(responseCode = "404", description = "No such release")
    public Response csv(@Parameter(description = "Release number", example = "7") @PathParam("version") String version) {
        Release release = releases.get(Versions.parse(version));
        return Response.ok(releases.csv(release), CSV)
                .header("Content-Disposition", "attachment; filename=\"hate-crime-statistics-" + release.period() + "-v"
                        + release.version() + ".csv\"")
                .build();
    }

    @GET
    @Path("/dictionary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getStatisticsDataDictionary", summary = "What each published figure means",
            description = "No token: published statistics are public. Which reports count, how small counts are withheld, the "
                    + "periods, districts and strands, and every field of a release.")
    @APIResponse(responseCode = "200", description = "The data dictionary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataDictionary.class),
                    examples = @ExampleObject(name = "dictionary", value = Examples.DICTIONARY)))
    public DataDictionary dictionary() {
        return releases.dictionary();
    }

    /** Release numbers in paths. */
    private static final class Versions {
        static int parse(String version) {
            try {
                int parsed = Integer.parseInt(version);
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new DomainException.InvalidValue("version", "a release number is a whole number from 1");
        }
    }
}
