package org.hatecrime.reporting.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.reporting.domain.publicreporting.PublicReporting;
import org.hatecrime.reporting.domain.report.ReportReference;

/** Anonymous reporting by the public: the platform's only unauthenticated writes. */
@Path("/api/v1/public/reports")
@Tag(name = "Public reporting", description = "Report without an account, then follow up with the reference and code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class PublicReportResource {

    private final PublicReporting reporting;

    PublicReportResource(PublicReporting reporting) {
        this.reporting = reporting;
    }

    @POST
    @Operation(operationId = "submitPublicReport", summary = "Report a hate crime or hate incident without an account",
            description = "No token: anyone may report. Returns a reference and a follow-up code. The code is shown only once: "
                    + "keep it to add information later.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitReportRequest.class),
            examples = @ExampleObject(name = "report", value = Examples.SUBMIT)))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReporting.Receipt.class),
                    examples = @ExampleObject(name = "receipt", value = Examples.RECEIPT)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field")
    public Response submit(@Valid @NotNull SubmitReportRequest request) {
        return Response.status(Response.Status.CREATED).entity(reporting.submit(request.toNewReport())).build();
    }

    @POST
    @Path("/{reference}/follow-ups")
    @Operation(operationId = "addPublicFollowUp", summary = "Add information to your report, with its reference and follow-up code",
            description = "No token: the reference and follow-up code prove the caller made the report. Repeated wrong codes "
                    + "for one reference are refused for a while. The answer tells the reporter the addition arrived.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.FollowUpRequest.class),
            examples = @ExampleObject(name = "more information", value = Examples.FOLLOW_UP)))
    @APIResponse(responseCode = "201", description = "Added; the status and how many additions have arrived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReportStatus.class),
                    examples = @ExampleObject(name = "added", value = Examples.FOLLOW_UP_ADDED)))
    @APIResponse(responseCode = "404", description = "The reference and code do not match a report")
    @APIResponse(responseCode = "429", description = "Too many wrong codes for this reference; try later")
    public Response addFollowUp(
            @Parameter(description = "The reference on the receipt", example = "HC-7K3M-9QXD") @PathParam("reference") String reference,
            @Valid @NotNull ActionRequests.FollowUpRequest request) {
        PublicReporting.Status status = reporting.addFollowUp(wellFormed(reference), request.code(), request.information());
        return Response.status(Response.Status.CREATED).entity(PublicReportStatus.of(status)).build();
    }

    @POST
    @Path("/{reference}/status-check")
    @Operation(operationId = "checkPublicReportStatus", summary = "See where your report is, in plain words",
            description = "No token: the reference and follow-up code prove the caller made the report. Repeated wrong codes "
                    + "for one reference are refused for a while.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.StatusCheckRequest.class),
            examples = @ExampleObject(name = "code", value = Examples.STATUS_CHECK)))
    @APIResponse(responseCode = "200", description = "The status in plain words, and how many of your additions have arrived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReportStatus.class),
                    examples = @ExampleObject(name = "shared with police", value = Examples.PUBLIC_STATUS)))
    @APIResponse(responseCode = "404", description = "The reference and code do not match a report")
    @APIResponse(responseCode = "429", description = "Too many wrong codes for this reference; try later")
    public PublicReportStatus status(
            @Parameter(description = "The reference on the receipt", example = "HC-7K3M-9QXD") @PathParam("reference") String reference,
            @Valid @NotNull ActionRequests.StatusCheckRequest request) {
        return PublicReportStatus.of(reporting.status(wellFormed(reference), request.code()));
    }

    private static String wellFormed(String reference) {
        String normalised = reference == null ? null : reference.trim().toUpperCase();
        if (!ReportReference.isWellFormed(normalised)) {
            throw ProblemException.invalidField("reference", "a reference looks like HC-7K3M-9QXD");
        }
        return normalised;
    }
}
