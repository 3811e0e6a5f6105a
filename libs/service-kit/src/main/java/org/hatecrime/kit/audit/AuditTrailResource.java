package org.hatecrime.kit.audit;

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
import org.hatecrime.kit.security.Caller;

/**
 * The audit trail of this service for administrators: who read or changed which record, for their
 * own agency only. Every service serves it for its own log.
 */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who read or changed personal data, for administrators of the agency")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class AuditTrailResource {

    private static final String PAGE_EXAMPLE = """
            {"entries":[{"seq":4812,"occurredAt":"2026-11-20T18:40:11.204Z","actor":"j.smith","agency":"stevenage-centre",\
            "action":"report.read","objectType":"report","objectId":"0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69",\
            "purpose":"follow-up by reporting centre","requestId":"7c1e2d3f-9a8b-4c5d-8e7f-0a1b2c3d4e5f"}],\
            "page":0,"size":50,"total":1}""";

    private final AuditTrail trail;
    private final Caller caller;

    AuditTrailResource(AuditTrail trail, Caller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listAuditEntries", summary = "Read this service's audit trail for your agency",
            description = "Role: `admin`, with an `agency` claim. The entries of the administrator's own agency only, newest "
                    + "first, filtered by actor, record type and id and period; no role sees another agency's entries. "
                    + "Each read is itself recorded in the audit trail (action `audit.read`), with its filters. Served by "
                    + "each service for its own audit log on its own port, for operators: the gateway does not route it.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditTrailPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter is malformed (the problem names it): another agency, a time "
            + "without offset, 'from' after 'to', a page or size out of range")
    public AuditTrailPage list(
            @Parameter(description = "Only this agency: must be the administrator's own", example = "stevenage-centre")
            @QueryParam("agency") String agency,
            @Parameter(description = "Only entries by this actor", example = "j.smith") @QueryParam("actor") String actor,
            @Parameter(description = "Only entries about this kind of record", example = "report") @QueryParam("objectType")
            String objectType,
            @Parameter(description = "Only entries about this record", example = "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69")
            @QueryParam("objectId") String objectId,
            @Parameter(description = "From this time on (ISO-8601 with offset)", example = "2026-11-01T00:00:00Z") @QueryParam("from")
            String from,
            @Parameter(description = "Up to this time (ISO-8601 with offset)", example = "2026-11-30T23:59:59Z") @QueryParam("to")
            String to,
            @Parameter(description = "Page number, from 0", example = "0") @QueryParam("page") String page,
            @Parameter(description = "Entries per page, 1 to 100 (default 50)", example = "50") @QueryParam("size") String size) {
        String ownAgency = caller.agency();
        return trail.read(caller.actor(),
                AuditTrailQuery.of(ownAgency, agency, actor, objectType, objectId, from, to, page, size));
    }
}
