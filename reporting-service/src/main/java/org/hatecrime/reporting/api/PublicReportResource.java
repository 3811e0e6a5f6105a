package org.hatecrime.reporting.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.publicaccess.ProofOfWork;
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
    @Path("/challenges")
    @Consumes(MediaType.WILDCARD) // no body: nothing to declare
    @Operation(operationId = "issuePublicReportChallenge", summary = "Get a proof-of-work challenge to send with a public report",
            description = "No token: anyone may ask. The answer is a signed challenge that expires; solve it (find a counter such "
                    + "that SHA-256 of the challenge followed by the counter starts with `difficulty` zero bits) and send "
                    + "`<challenge>:<counter>` in the `Proof-Of-Work` header of one public report. A small cost to each "
                    + "anonymous report that makes sending thousands expensive; agencies' own intake with a token needs none.")
    @APIResponse(responseCode = "201", description = "A new challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProofOfWork.Challenge.class),
                    examples = @ExampleObject(name = "challenge", value = Examples.CHALLENGE)))
    public Response challenge() {
        return Response.status(Response.Status.CREATED).entity(reporting.challenge()).build();
    }

    @POST
    @Operation(operationId = "submitPublicReport", summary = "Report a hate crime or hate incident without an account",
            description = "No token: anyone may report, with a solved challenge from `issuePublicReportChallenge` in the "
                    + "`Proof-Of-Work` header. Returns a reference and a follow-up code. The code is shown only once: "
                    + "keep it to add information later.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitReportRequest.class),
            examples = @ExampleObject(name = "report", value = Examples.SUBMIT)))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReporting.Receipt.class),
                    examples = @ExampleObject(name = "receipt", value = Examples.RECEIPT)))
    @APIResponse(responseCode = "400", description = "Invalid input, or the Proof-Of-Work header missing, not solved, expired "
            + "or used already; each violation names its field (the header by its name)",
            content = @Content(mediaType = "application/problem+json"))
    public Response submit(
            @Parameter(description = "`<challenge>:<counter>`: a challenge from issuePublicReportChallenge and the counter that solves it",
                    required = true, example = "v1.public-report.q3K9zZ0mWm2n6y0C1xT7Qg.1795200000.18.8Qm1o0Xo6l3xVvGx2X3p6qYb4V2dVvA0r0G6Jc2y8Ys:48213")
            @HeaderParam(ProofOfWork.HEADER) String proof,
            @Valid @NotNull SubmitReportRequest request) {
        return Response.status(Response.Status.CREATED).entity(reporting.submit(request.toNewReport(), proof)).build();
    }

    @POST
    @Path("/{reference}/follow-ups")
    @Operation(operationId = "addPublicFollowUp", summary = "Add information to your report, with its reference and follow-up code",
            description = "No token: the reference and follow-up code prove the caller made the report. Repeated wrong codes "
                    + "for one reference make the next attempt wait longer each time (429 until the wait has passed); the right "
                    + "code still works after the wait. The answer tells the reporter the addition arrived.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.FollowUpRequest.class),
            examples = @ExampleObject(name = "more information", value = Examples.FOLLOW_UP)))
    @APIResponse(responseCode = "201", description = "Added; the status and how many additions have arrived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReportStatus.class),
                    examples = @ExampleObject(name = "added", value = Examples.FOLLOW_UP_ADDED)))
    @APIResponse(responseCode = "404", description = "The reference and code do not match a report")
    @APIResponse(responseCode = "429", description = "Wrong codes were given for this reference; wait before trying again",
            headers = @Header(name = "Retry-After", description = "Whole seconds to wait before the next attempt with this reference", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")))
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
                    + "for one reference make the next attempt wait longer each time (429 until the wait has passed).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActionRequests.StatusCheckRequest.class),
            examples = @ExampleObject(name = "code", value = Examples.STATUS_CHECK)))
    @APIResponse(responseCode = "200", description = "The status in plain words, and how many of your additions have arrived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicReportStatus.class),
                    examples = @ExampleObject(name = "shared with police", value = Examples.PUBLIC_STATUS)))
    @APIResponse(responseCode = "404", description = "The reference and code do not match a report")
    @APIResponse(responseCode = "429", description = "Wrong codes were given for this reference; wait before trying again",
            headers = @Header(name = "Retry-After", description = "Whole seconds to wait before the next attempt with this reference", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")))
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
