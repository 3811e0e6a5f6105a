package org.hatecrime.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.subjectaccess.SubjectAccessRequests;
import org.hatecrime.reporting.domain.subjectaccess.SubjectAccessStatus;

/**
 * Subject access requests (UK GDPR Art. 15), for administrators: everything the platform holds
 * about a person, gathered from every service into one export, read as JSON or as a PDF.
 */
@Path("/api/v1/subject-access-requests")
@Tag(name = "Subject access", description = "Exports of everything the platform holds about a person (UK GDPR Art. 15)")
@RolesAllowed(ReportAccess.ADMIN)
public class SubjectAccessResource {

    private static final String PDF = SubjectAccessPdf.MEDIA_TYPE;

    private final SubjectAccessRequests requests;

    SubjectAccessResource(SubjectAccessRequests requests) {
        this.requests = requests;
    }

    @Schema(name = "SubjectAccessRequest", description = "Who the export is about, named as for an erasure, and why it is made")
    public record NewRequest(
            @Schema(description = "One of the person's reports: every report of the same data subject (and of subjects the "
                    + "partnership coordinator confirmed are the same person) is included") UUID reportId,
            @Schema(description = "The person's email address: the reports whose victim keys it gives are included, and victim "
                    + "care's records keyed by it (self-referrals too)") @Email @Size(max = 254) String email,
            @Schema(description = "The person's phone number, as for the email address") @Size(max = 40) String phone,
            @Schema(description = "Why, as recorded in the audit trail: the request received and how the person's identity was "
                    + "checked") @NotBlank @Size(min = 10, max = 1_000) String reason,
            @Schema(description = "The agency's own reference for the request", example = "SAR-2026-014") @Size(max = 100)
            String reference) {
    }

    @Schema(name = "SubjectAccessProgress", description = "One service's share of the export")
    public record ProgressView(String service, int done, int total, int failed, int attempts,
            @Schema(description = "Why the last attempt failed, in the platform's words", nullable = true) String lastError,
            @Schema(description = "When a part still to gather is next tried", nullable = true) OffsetDateTime nextAttemptAt) {
    }

    @Schema(name = "SubjectAccessStatus", description = "Where a subject access request stands")
    public record StatusView(UUID id,
            @Schema(description = "IN_PROGRESS, COMPLETE (the export can be read), FAILED (a service could not be asked), "
                    + "EXPIRED (kept for its time, then deleted) or ERASED (the person was erased)") SubjectAccessStatus.Status status,
            String agency, String requestedBy, OffsetDateTime requestedAt,
            @Schema(nullable = true, description = "Null once the request expired or was erased") String reason,
            @Schema(nullable = true) String reference,
            @Schema(nullable = true) OffsetDateTime completedAt,
            @Schema(nullable = true, description = "When the export will be deleted") OffsetDateTime expiresAt,
            @Schema(nullable = true, description = "When it expired or was erased") OffsetDateTime endedAt,
            int partsDone, int partsTotal, List<ProgressView> progress) {

        static StatusView of(SubjectAccessStatus s) {
            return new StatusView(s.id(), s.status(), s.agency(), s.requestedBy(), s.requestedAt(), s.reason(), s.reference(),
                    s.completedAt(), s.expiresAt(), s.endedAt(), s.partsDone(), s.partsTotal(), s.progress().stream()
                            .map(p -> new ProgressView(p.service(), p.done(), p.total(), p.failed(), p.attempts(), p.lastError(),
                                    p.nextAttemptAt())).toList());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestSubjectAccess", summary = "Ask for everything the platform holds about a person",
            description = "Role: `admin`. Name the person as for an erasure: by one of their reports (`reportId`), by their "
                    + "contact details (`email`, `phone`), or both; at least one. The export is gathered in the background, one "
                    + "part per report at intake and one per other service (victim care, case progression over their internal "
                    + "endpoints; analytics holds no personal data and says so); follow it at `Location`. The request belongs "
                    + "to your agency: other agencies' administrators cannot see it. Audited with the reason; each report and "
                    + "each record of the other services reached is audited too.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewRequest.class),
            examples = @ExampleObject(name = "by report and email", value = Examples.SUBJECT_ACCESS_REQUEST)))
    @APIResponse(responseCode = "202", description = "Accepted; gathered in the background",
            headers = @Header(name = "Location", description = "The request's status", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusView.class),
                    examples = @ExampleObject(name = "accepted", value = Examples.SUBJECT_ACCESS_STATUS)))
    @APIResponse(responseCode = "400", description = "Neither a report nor contact details, or a field breaks a rule")
    @APIResponse(responseCode = "404", description = "No such report")
    public Response request(@Valid @NotNull NewRequest request, @Context UriInfo uri) {
        SubjectAccessStatus made = requests.request(request.reportId(), request.email(), request.phone(), request.reason(),
                request.reference());
        return Response.accepted(StatusView.of(made)).location(uri.getAbsolutePathBuilder().path(made.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSubjectAccessRequest", summary = "Where a subject access request stands, with its progress",
            description = "Role: `admin`, of the agency that made the request. Parts done of all, per service, with the last "
                    + "error and the next attempt of a part a service could not give yet. Audited.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatusView.class),
                    examples = @ExampleObject(name = "in progress", value = Examples.SUBJECT_ACCESS_STATUS)))
    @APIResponse(responseCode = "404", description = "No such request, or another agency's")
    public StatusView status(@PathParam("id") UUID id) {
        return StatusView.of(requests.status(id));
    }

    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, SubjectAccessPdf.MEDIA_TYPE})
    @Operation(operationId = "getSubjectAccessExport", summary = "The export: everything held about the person, as JSON or PDF",
            description = "Role: `admin`, of the agency that made the request. Once the request is COMPLETE and until it expires. "
                    + "`Accept: application/json` (the default) gives the records as each service holds them, personal details "
                    + "opened; `application/pdf` the same as a readable document to give the person. What an erasure made "
                    + "unreadable reads as erased. Audited with the form read.")
    @APIResponse(responseCode = "200", description = "The export",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "export", value = Examples.SUBJECT_ACCESS_EXPORT)),
                    @Content(mediaType = SubjectAccessPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "pdf", value = Examples.SUBJECT_ACCESS_PDF))})
    @APIResponse(responseCode = "404", description = "No such request, or another agency's")
    @APIResponse(responseCode = "409", description = "Still being gathered, or failed")
    @APIResponse(responseCode = "410", description = "Expired and deleted, or erased with the person")
    public Response export(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        boolean pdf = headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType())
                .findFirst().map(type -> type.isCompatible(MediaType.valueOf(PDF))).orElse(false);
        return pdf ? pdf(id) : json(id);
    }

    @GET
    @Path("/{id}/export.pdf")
    @Produces(SubjectAccessPdf.MEDIA_TYPE)
    @Operation(operationId = "getSubjectAccessExportPdf", summary = "The export as a PDF",
            description = "Role: `admin`, of the agency that made the request. The same as the export with `Accept: "
                    + "application/pdf`, for a link. Audited.")
    @APIResponse(responseCode = "200", description = "The export as a PDF",
            content = @Content(mediaType = SubjectAccessPdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", value = Examples.SUBJECT_ACCESS_PDF)))
    @APIResponse(responseCode = "404", description = "No such request, or another agency's")
    @APIResponse(responseCode = "409", description = "Still being gathered, or failed")
    @APIResponse(responseCode = "410", description = "Expired and deleted, or erased with the person")
    public Response exportPdf(@Parameter(description = "The request's id") @PathParam("id") UUID id) {
        return pdf(id);
    }

    private Response json(UUID id) {
        Map<String, Object> export = requests.export(id, "json");
        return Response.ok(export, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".json\"").build();
    }

    private Response pdf(UUID id) {
        Map<String, Object> export = requests.export(id, "pdf");
        return Response.ok(SubjectAccessPdf.render(export), PDF)
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".pdf\"").build();
    }
}
