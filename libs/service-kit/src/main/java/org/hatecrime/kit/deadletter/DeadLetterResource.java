package org.hatecrime.kit.deadletter;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's dead letters, for the platform's operators: served on the service's own port in
 * every service that consumes events; the gateway does not route it (ADR 0016).
 */
// A service that consumes no events (intake) turns it off: it would only ever list nothing.
@IfBuildProperty(name = "hatecrime.dead-letters.api-enabled", stringValue = "true", enableIfMissing = true)
@Path("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Events this service's consumer parked instead of applying, and their re-drive (platform operators)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class DeadLetterResource {

    private static final String ROLE = "Role: `admin` of an operator agency (`hatecrime.dead-letters.operator-agencies`); "
            + "an administrator of any other agency is refused (403). Served on the service's own port for operators, "
            + "not through the gateway. Audited. ";

    private final DeadLetterOperations operations;

    DeadLetterResource(DeadLetterOperations operations) {
        this.operations = operations;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "The records this service's consumer parked, newest first",
            description = ROLE + "Where each came from (topic, partition, offset), the event's id and type, why it was parked and "
                    + "whether a re-drive settled it. The record's content is not shown.")
    @APIResponse(responseCode = "200", description = "One page of dead letters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetter.class),
                    examples = @ExampleObject(name = "an event that kept failing and a record that is not an event",
                            value = "[" + DeadLetterExamples.PARKED + "," + DeadLetterExamples.POISON + "]")))
    public List<DeadLetter> list(
            @Parameter(description = "true: only those a re-drive settled; false: only those still parked; absent: all")
            @QueryParam("redriven") Boolean redriven,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Dead letters per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return operations.list(redriven, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDeadLetter", summary = "One dead letter, with its latest re-drive",
            description = ROLE)
    @APIResponse(responseCode = "200", description = "The dead letter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetter.class),
                    examples = @ExampleObject(name = "re-driven", value = DeadLetterExamples.REDRIVEN)))
    @APIResponse(responseCode = "404", description = "No dead letter of this service has this id")
    public DeadLetter get(@Parameter(description = "The dead letter's id") @PathParam("id") UUID id) {
        return operations.read(id);
    }

    @POST
    @Path("/{id}/redrive")
    @Operation(operationId = "redriveDeadLetter", summary = "Apply a parked event now, once the cause is fixed",
            description = ROLE + "The event goes through the consumer's inbox, as on its first delivery: it is applied at most "
                    + "once, however often it is re-driven or read again. The answer says what came of it: APPLIED, ALREADY_APPLIED "
                    + "(the consumer had applied it meanwhile, nothing changed) or FAILED (its effect failed again; it stays "
                    + "parked). Each re-drive is recorded with who asked and when.")
    @APIResponse(responseCode = "200", description = "Re-driven; the outcome says whether it was applied",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Redrive.class),
                    examples = {@ExampleObject(name = "applied", value = DeadLetterExamples.APPLIED),
                                @ExampleObject(name = "failed again", value = DeadLetterExamples.FAILED)}))
    @APIResponse(responseCode = "404", description = "No dead letter of this service has this id")
    @APIResponse(responseCode = "409", description = "Already re-driven (a further re-drive would change nothing), or not an event at all")
    public Redrive redrive(@Parameter(description = "The dead letter's id") @PathParam("id") UUID id) {
        return operations.redrive(id);
    }

    @POST
    @Path("/redrive")
    @Operation(operationId = "redriveAllDeadLetters", summary = "Apply every event still parked, oldest first",
            description = ROLE + "As re-driving each one: applied at most once, each re-drive recorded. At most "
                    + "`hatecrime.dead-letters.redrive-all-limit` (100) per call; `stillParked` says whether to call again. Records "
                    + "that are not events are left alone.")
    @APIResponse(responseCode = "200", description = "What was re-driven and what came of each",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedriveAll.class),
                    examples = @ExampleObject(name = "one applied, one already applied", value = DeadLetterExamples.ALL)))
    public RedriveAll redriveAll() {
        return operations.redriveAll();
    }
}
