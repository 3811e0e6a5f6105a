package org.hatecrime.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
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
import org.hatecrime.kit.problem.IdempotencyKey;
import org.hatecrime.kit.problem.IfMatch;
import org.hatecrime.kit.problem.Problem;
import org.hatecrime.kit.problem.QueryParameters;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.kit.text.Sha256;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.intake.IdempotentSubmissions;
import org.hatecrime.reporting.domain.intake.IntakeSource;
import org.hatecrime.reporting.domain.intake.ReportIntake;
import org.hatecrime.reporting.domain.publicreporting.FollowUps;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportStatus;

/** Reports taken by reporting centres, partner systems and police. Only maps HTTP to the domain services. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Taking, finding and updating reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {


    private final ReportIntake intake;
    private final IdempotentSubmissions idempotent;
    private final ReportAccess access;
    private final ReportViews views;
    private final Caller caller;
    private final ObjectMapper json;
    private final FollowUps followUps;

    ReportResource(ReportIntake intake, IdempotentSubmissions idempotent, ReportAccess access, ReportViews views, Caller caller,
            ObjectMapper json, FollowUps followUps) {
        this.followUps = followUps;
        this.intake = intake;
        this.idempotent = idempotent;
        this.access = access;
        this.views = views;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReport", summary = "Submit a report",
            description = "Roles: `reporting-centre` or `police`. Reporting centres submit on behalf of a victim or witness; "
                    + "partner systems and police integrations too, with an Idempotency-Key so a retry never creates a second report. "
                    + "The report belongs to the agency of the token.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitReportRequest.class),
            examples = {@ExampleObject(name = "smallest", value = Examples.SUBMIT),
                        @ExampleObject(name = "with contact and safe contact", value = Examples.SUBMIT_FULL)}))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new report",
            headers = {@Header(name = "Location", description = "The new report", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "The report's version, for If-Match",
                               schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.REPORT)))
    @APIResponse(responseCode = "200",
            description = "A repeat of an earlier request with the same Idempotency-Key and body: the report it created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "repeat", value = Examples.REPORT)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown strand", value = Examples.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither a reporting centre nor police")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used before with a different body")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public Response submit(
            @Parameter(description = "A key of your choosing, unique per report, to make retries safe")
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull SubmitReportRequest request, @Context UriInfo uri) {
        IntakeSource source = source();
        String key = IdempotencyKey.optional(idempotencyKey);
        Report report;
        ReportResponse view;
        int status = Response.Status.CREATED.getStatusCode();
        if (key == null) {
            ReportIntake.Submission submission = intake.submit(request.toNewReport(), source);
            report = submission.report();
            view = ReportViews.of(submission);
        } else {
            IdempotentSubmissions.Outcome outcome = idempotent.submit(key, hash(request), request.toNewReport(), source);
            report = outcome.report();
            view = outcome.created() ? ReportViews.of(outcome.submission()) : views.of(report);
            status = outcome.created() ? status : Response.Status.OK.getStatusCode();
        }
        return Response.status(status)
                .location(uri.getAbsolutePathBuilder().path(report.id().toString()).build())
                .tag(ReportViews.etag(report))
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "listReports",
            summary = "List your agency's reports (police: also those shared with your force), newest first",
            description = "Roles: `reporting-centre` or `police`. The reports your agency took, and for a force also those "
                    + "shared with it; summaries only, without personal details.")
    @APIResponse(responseCode = "200", description = "One page of report summaries, without personal details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportSummary.class),
                    examples = @ExampleObject(name = "one report", value = Examples.SUMMARIES)))
    public List<ReportSummary> list(
            @Parameter(description = "A report status, e.g. RECEIVED") @QueryParam("status") String status,
            @Parameter(description = "A strand, e.g. RACE") @QueryParam("strand") String strand,
            @Parameter(description = "A district code, e.g. STEVENAGE") @QueryParam("district") @Size(max = 40) String district,
            @Parameter(description = "Received at or after (ISO-8601)") @QueryParam("receivedFrom") OffsetDateTime receivedFrom,
            @Parameter(description = "Received before (ISO-8601)") @QueryParam("receivedTo") OffsetDateTime receivedTo,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Reports per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ReportAccess.ReportFilter filter = new ReportAccess.ReportFilter(QueryParameters.oneOf("status", status, ReportStatus.class),
                QueryParameters.oneOf("strand", strand, Strand.class), district, receivedFrom, receivedTo);
        return access.list(filter, page, size)
                .stream().map(ReportSummary::of).toList();
    }

    @GET
    @Path("/triage-queue")
    @RolesAllowed(ReportAccess.CENTRE)
    @Operation(operationId = "listTriageQueue", summary = "List your agency's reports still to be triaged, oldest first",
            description = "Role: `reporting-centre`. Reports in status RECEIVED taken by your agency.")
    @APIResponse(responseCode = "200", description = "One page of report summaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportSummary.class),
                    examples = @ExampleObject(name = "one report", value = Examples.SUMMARIES)))
    public List<ReportSummary> triageQueue(
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Reports per page, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return access.triageQueue(page, size).stream().map(ReportSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "getReport", summary = "Read a report: your agency's, or (police) one shared with your force",
            description = "Roles: `reporting-centre` or `police`. The report with its personal details; every read is audited.")
    @APIResponse(responseCode = "200", description = "The report with its personal details; the ETag is its version",
            headers = @Header(name = "ETag", description = "The report's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    @APIResponse(responseCode = "404", description = "No such report, or not one you may see")
    public Response get(@Parameter(description = "The report's id") @PathParam("id") UUID id) {
        return views.ok(access.read(id, "case work"));
    }

    @PUT
    @Path("/{id}/details")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReportDetails", summary = "Replace a report's personal details (description, contact, suspects, ...)",
            description = "Roles: `reporting-centre` or `police`, of the agency that took the report. Send If-Match with the ETag "
                    + "you read; a stale ETag answers 412 so no one overwrites a colleague's change.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.DetailsUpdate.class),
            examples = @ExampleObject(name = "new details", value = Examples.DETAILS)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is returned",
            headers = @Header(name = "ETag", description = "The report's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportResponse.class),
                    examples = @ExampleObject(name = "updated", value = Examples.REPORT)))
    @APIResponse(responseCode = "404", description = "No such report, or not your agency's")
    @APIResponse(responseCode = "409", description = "The report is closed, withdrawn or a duplicate")
    @APIResponse(responseCode = "412", description = "The report changed since you read it")
    @APIResponse(responseCode = "428", description = "No If-Match header")
    public Response updateDetails(@Parameter(description = "The report's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag of the report as you read it", required = true, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ActionRequests.DetailsUpdate update) {
        long expected = IfMatch.required(ifMatch, "report");
        Report report = intake.correctDetails(id, expected, update.toDetails());
        return views.ok(report);
    }

    @GET
    @Path("/{id}/follow-ups")
    @RolesAllowed({ReportAccess.CENTRE, ReportAccess.POLICE})
    @Operation(operationId = "listReportFollowUps",
            summary = "Read what the public reporter added to your agency's report with its follow-up code, oldest first",
            description = "Roles: `reporting-centre` or `police`, of the agency that took the report (for a public report, the "
                    + "centre that triages it). Each read is audited. The force a report was shared with does not see them. "
                    + "`information` is null once the reporter's personal data was erased.")
    @APIResponse(responseCode = "200", description = "The additions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpView.class),
                    examples = @ExampleObject(name = "one addition", value = Examples.FOLLOW_UPS)))
    @APIResponse(responseCode = "404", description = "No such report, or not your agency's")
    public List<FollowUpView> followUps(@Parameter(description = "The report's id") @PathParam("id") UUID id) {
        return followUps.of(id).stream().map(FollowUpView::of).toList();
    }

    private IntakeSource source() {
        String agency = caller.agency();
        if (caller.hasRole(ReportAccess.POLICE)) {
            return IntakeSource.staff(agency, Channel.POLICE, caller.actor(), ConsentMethod.VERBAL);
        }
        Channel channel = caller.isSystem() ? Channel.PARTNER_API : Channel.THIRD_PARTY_CENTRE;
        return IntakeSource.staff(agency, channel, caller.actor(), ConsentMethod.VERBAL);
    }

    private String hash(SubmitReportRequest request) {
        try {
            return Sha256.hex(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
