package org.hatecrime.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.reporting.domain.Report;
import org.hatecrime.reporting.domain.ReportService;

/** Reports taken by reporting centres. Only maps HTTP to {@link ReportService}. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Reports taken by third-party reporting centres")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String ROLE = "reporting-centre";

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @POST
    @RolesAllowed(ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report on behalf of a victim or witness")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verbal abuse on a bus", value = Examples.SUBMIT)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new report")
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown strand", value = Examples.INVALID)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a reporting centre")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public Response submit(@Valid @NotNull SubmitReportRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Report report = reports.submit(request.toNewReport());
        return Response.created(uri.getAbsolutePathBuilder().path(report.id.toString()).build())
                .tag(etag(report))
                .entity(ReportResponse.of(report))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(ROLE)
    @Operation(summary = "Read one of your agency's reports")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "404", description = "No such report, or not your agency's")
    public Response get(@PathParam("id") UUID id) {
        Report report = reports.read(id);
        return Response.ok(ReportResponse.of(report)).tag(etag(report)).build();
    }

    private static EntityTag etag(Report report) {
        return new EntityTag(Long.toString(report.version));
    }
}
