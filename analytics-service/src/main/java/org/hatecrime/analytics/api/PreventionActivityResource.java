package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
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
import org.hatecrime.analytics.domain.prevention.PreventionActivity;
import org.hatecrime.analytics.domain.prevention.PreventionLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;

/** The partnership's prevention activity log, and reporting before and after each activity. */
@Path("/api/v1/analytics/prevention-activities")
@Tag(name = "Prevention", description = "Sessions, campaigns and training, evaluated against reporting in the same district and strands")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"analyst", "partnership-coordinator"})
public class PreventionActivityResource {

    /** An activity to log. */
    @Schema(name = "LogPreventionActivityRequest")
    public record LogRequest(
            @NotNull @Schema(required = true, example = "SESSION") PreventionActivity.Kind kind,
            @NotNull @Schema(required = true, example = "SCHOOL") PreventionActivity.Audience audience,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "What was done; no names of people",
                    example = "Assemblies on disability hate crime, years 7 to 9") String title,
            @NotBlank @Schema(required = true, example = "STEVENAGE") String district,
            @NotEmpty @Schema(required = true, example = "[\"DISABILITY\"]") List<@NotNull String> strands,
            @NotNull @Schema(required = true, example = "2026-03-02") LocalDate startsOn,
            @NotNull @Schema(required = true, example = "2026-03-13") LocalDate endsOn,
            @Min(0) @Schema(description = "People reached, if known", example = "640") Integer reach) {

        PreventionLog.NewActivity toNewActivity() {
            return new PreventionLog.NewActivity(kind, audience, title, district, strands, startsOn, endsOn, reach);
        }
    }

    private final PreventionLog log;
    private final Caller caller;

    PreventionActivityResource(PreventionLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logPreventionActivity", summary = "Log a prevention activity",
            description = "Roles: `analyst`, `partnership-coordinator`. Logged for the caller's agency; the district and strands must be "
                    + "the configured ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LogRequest.class), examples = @ExampleObject(name = "session", value = Examples.PREVENTION_LOG)))
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreventionActivity.class),
                    examples = @ExampleObject(name = "activity", value = Examples.PREVENTION_ACTIVITY)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field")
    public Response logActivity(@Valid @NotNull LogRequest request, @Context UriInfo uri) {
        PreventionActivity activity = log.log(request.toNewActivity(), caller.actor(), caller.agency());
        return Response.created(uri.getAbsolutePathBuilder().path(activity.id().toString()).build()).entity(activity).build();
    }

    @GET
    @Operation(operationId = "listPreventionActivities", summary = "List your agency's prevention activities, newest first",
            description = "Roles: `analyst`, `partnership-coordinator`. Only the caller's agency's activities.")
    @APIResponse(responseCode = "200", description = "The activities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PreventionActivity.class),
                    examples = @ExampleObject(name = "activities", value = "[" + Examples.PREVENTION_ACTIVITY + "]")))
    public List<PreventionActivity> list() {
        return log.list(caller.agency());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPreventionActivity", summary = "Read one prevention activity",
            description = "Roles: `analyst`, `partnership-coordinator`. Another agency's activity answers 404, as an unknown one does.")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreventionActivity.class),
                    examples = @ExampleObject(name = "activity", value = Examples.PREVENTION_ACTIVITY)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such activity of your agency")
    public PreventionActivity get(@Parameter(description = "The activity", example = "3f6c2a9e-1b4d-4e8f-a7c5-0d9e8f7a6b5c")
            @PathParam("id") String id) {
        return log.get(uuid(id), caller.agency());
    }

    @GET
    @Path("/{id}/effect")
    @Operation(operationId = "getPreventionEffect", summary = "Reporting before and after a prevention activity",
            description = "Roles: `analyst`, `partnership-coordinator`. Counted reports in the activity's district and strands in the "
                    + "`weeks` before it started and after it ended. An association, not proof of an effect.")
    @APIResponse(responseCode = "200", description = "Before and after",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreventionLog.Effect.class),
                    examples = @ExampleObject(name = "effect", value = Examples.PREVENTION_EFFECT)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or weeks is not from 1 to 52")
    @APIResponse(responseCode = "404", description = "No such activity of your agency")
    @APIResponse(responseCode = "409", description = "The weeks after the activity have not all passed")
    public PreventionLog.Effect effect(
            @Parameter(description = "The activity", example = "3f6c2a9e-1b4d-4e8f-a7c5-0d9e8f7a6b5c") @PathParam("id") String id,
            @Parameter(description = "Weeks compared on each side, 1 to 52", example = "12") @QueryParam("weeks") @DefaultValue("12")
            int weeks) {
        return log.effect(uuid(id), caller.agency(), weeks);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidValue("id", "must be a UUID");
        }
    }
}
