package org.hatecrime.analytics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.analytics.messaging.rebuild.ReadModelRebuilds;
import org.hatecrime.analytics.messaging.rebuild.RebuildProgress;
import org.hatecrime.kit.domain.DomainException;

/**
 * Rebuilding analytics' read models from every event, for the platform's operators: served on the
 * service's own port, like the kit's dead letters; the gateway does not route it (ADR 0023).
 */
@Path("/api/v1/analytics/read-model-rebuilds")
@Tag(name = "Read-model rebuilds", description = "Rebuilding the read models from every event into fresh tables, and switching over (platform operators)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class ReadModelRebuildResource {

    private static final String ROLE = "Role: `admin` of an operator agency (`hatecrime.analytics.rebuild.operator-agencies`); "
            + "an administrator of any other agency is refused (403). Served on the service's own port for operators, "
            + "not through the gateway. Audited. ";

    private final ReadModelRebuilds rebuilds;

    ReadModelRebuildResource(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(operationId = "startReadModelRebuild", summary = "Rebuild the read models from every event, then switch over",
            description = ROLE + "Reads every event of every topic the service consumes from the beginning, with a reader of its own "
                    + "(the live consumers' group is not touched), and applies them with the live consumers' own code to fresh "
                    + "tables, while the live tables keep answering. Once caught up, it replaces the live read models in one "
                    + "transaction: no event the live consumers applied meanwhile is lost or applied twice. Rebuilt: report "
                    + "facts (with erasures held for reports not yet arrived), referral, Victims' Code breach and case facts; statistics releases, the prevention log and emerging-threat "
                    + "alerts are kept as they are. Follow it at the `Location` returned. One rebuild at a time.")
    @APIResponse(responseCode = "202", description = "Started; follow its progress at the Location",
            headers = @Header(name = "Location", description = "Where to follow the rebuild", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildProgress.class),
                    examples = @ExampleObject(name = "started", value = Examples.REBUILD_STARTED)))
    @APIResponse(responseCode = "409", description = "A rebuild is running; only one runs at a time")
    public Response start(@Context UriInfo uri) {
        RebuildProgress started = rebuilds.start();
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(started.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReadModelRebuild", summary = "A rebuild of the read models and how far it has come",
            description = ROLE + "Its state, records on the topics when it started and read so far, events applied and failed, how far "
                    + "each partition has been read, and when it started and finished.")
    @APIResponse(responseCode = "200", description = "The rebuild",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RebuildProgress.class),
                    examples = {@ExampleObject(name = "running", value = Examples.REBUILD_RUNNING),
                                @ExampleObject(name = "completed", value = Examples.REBUILD_COMPLETED)}))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No rebuild has this id")
    public RebuildProgress get(
            @Parameter(description = "The rebuild's id", example = "7c1e5d2a-4b3f-4e6a-9d8c-2f1a0b9e8d7c") @PathParam("id") String id) {
        return rebuilds.read(uuid(id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainException.InvalidValue("id", "must be a UUID");
        }
    }
}
