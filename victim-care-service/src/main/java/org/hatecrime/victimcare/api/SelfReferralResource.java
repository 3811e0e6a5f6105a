package org.hatecrime.victimcare.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
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
import org.hatecrime.victimcare.domain.contact.ContactDetails;
import org.hatecrime.victimcare.domain.selfreferral.SelfReferrals;

/** Victims referring themselves to a victim service: no account, no police report. The service's only unauthenticated operations. */
@Path("/api/v1/public/self-referrals")
@Tag(name = "Self-referral", description = "Ask a victim service for support without an account or a police report")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class SelfReferralResource {

    private static final String PROBLEM = "application/problem+json";
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("SR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");

    private final SelfReferrals selfReferrals;

    SelfReferralResource(SelfReferrals selfReferrals) {
        this.selfReferrals = selfReferrals;
    }

    @POST
    @Path("/challenges")
    @Consumes(MediaType.WILDCARD) // no body: nothing to declare
    @Operation(operationId = "issueSelfReferralChallenge", summary = "Get a proof-of-work challenge to send with a self-referral",
            description = "No token: anyone may ask. The answer is a signed challenge that expires; solve it (find a counter such "
                    + "that SHA-256 of the challenge followed by the counter starts with `difficulty` zero bits) and send "
                    + "`<challenge>:<counter>` in the `Proof-Of-Work` header of one self-referral. A small cost to each "
                    + "anonymous self-referral that makes sending thousands expensive.")
    @APIResponse(responseCode = "201", description = "A new challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProofOfWork.Challenge.class),
                    examples = @ExampleObject(name = "challenge", value = SelfReferralExamples.CHALLENGE)))
    public Response challenge() {
        return Response.status(Response.Status.CREATED).entity(selfReferrals.challenge()).build();
    }

    @POST
    @Operation(operationId = "submitSelfReferral", summary = "Refer yourself to a victim service for support",
            description = "No token: anyone may refer themselves, without an account or a police report, with a solved challenge "
                    + "from `issueSelfReferralChallenge` in the `Proof-Of-Work` header. Give how to contact you "
                    + "safely and consent to be contacted; everything else is optional (the victim service defaults to Beacon). "
                    + "The answer holds a reference and a follow-up code, shown only once: keep both to check on your referral. "
                    + "Your contact details are kept encrypted and only the victim service sees them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfReferralRequest.class),
            examples = @ExampleObject(name = "by phone, evenings", value = SelfReferralExamples.SELF_REFERRAL)))
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfReferralReceiptView.class),
                    examples = @ExampleObject(name = "received", value = SelfReferralExamples.RECEIPT)))
    @APIResponse(responseCode = "400", description = "Invalid input, or the Proof-Of-Work header missing, not solved, expired or "
            + "used already; each violation names its field (the header by its name)", content = @Content(mediaType = PROBLEM))
    public Response submit(
            @Parameter(description = "`<challenge>:<counter>`: a challenge from issueSelfReferralChallenge and the counter that solves it",
                    required = true, example = "v1.self-referral.q3K9zZ0mWm2n6y0C1xT7Qg.1795200000.18.8Qm1o0Xo6l3xVvGx2X3p6qYb4V2dVvA0r0G6Jc2y8Ys:48213")
            @HeaderParam(ProofOfWork.HEADER) String proof,
            @Valid @NotNull SelfReferralRequest request) {
        SelfReferrals.Receipt receipt = selfReferrals.submit(request.toNewSelfReferral(), proof);
        return Response.status(Response.Status.CREATED).entity(new SelfReferralReceiptView(receipt.reference(), receipt.followUpCode(),
                receipt.provider(), receipt.status())).build();
    }

    @POST
    @Path("/{reference}/status-check")
    @Operation(operationId = "checkSelfReferralStatus", summary = "See where your self-referral is, in plain words",
            description = "No token: the reference and follow-up code you were given are the only key. Each wrong code for a "
                    + "reference makes the next attempt wait longer (429 until the wait has passed); the right code still works "
                    + "after the wait.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfReferralStatusCheck.class),
            examples = @ExampleObject(name = "with the code", value = SelfReferralExamples.STATUS_CHECK)))
    @APIResponse(responseCode = "200", description = "The status in plain words",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SelfReferralStatusView.class),
                    examples = @ExampleObject(name = "contact attempted", value = SelfReferralExamples.STATUS)))
    @APIResponse(responseCode = "400", description = "Not a reference, or no code", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "The reference and code do not match a self-referral", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "429", description = "Wrong codes were given for this reference; wait before trying again", content = @Content(mediaType = PROBLEM),
            headers = @Header(name = "Retry-After", description = "Whole seconds to wait before the next attempt with this reference", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")))
    public SelfReferralStatusView status(@Parameter(description = "Your reference, e.g. SR-7K3M-9QXD") @PathParam("reference") String reference,
            @Valid @NotNull SelfReferralStatusCheck request) {
        String normalised = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(normalised).matches()) {
            throw ProblemException.invalidField("reference", "a reference looks like SR-7K3M-9QXD");
        }
        SelfReferrals.Status status = selfReferrals.status(normalised, request.code());
        return new SelfReferralStatusView(status.reference(), status.provider(), status.status());
    }

    /** A self-referral: how to reach you safely, and your consent to be contacted. */
    @Schema(name = "SelfReferralRequest")
    public record SelfReferralRequest(
            @Schema(description = "The victim service you want, by code; Beacon when not given", example = "galop")
            @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "must be a victim service code such as beacon") String provider,
            @Schema(description = "District code, if you want to say", example = "STEVENAGE")
            @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be an upper-case district code") String district,
            @Schema(description = "What the hostility was about, if you want to say") @Size(max = 6)
            List<@NotNull @Pattern(regexp = "RACE|RELIGION_OR_BELIEF|SEXUAL_ORIENTATION|DISABILITY|TRANSGENDER_IDENTITY|OTHER",
                    message = "must be a strand code") String> strands,
            @Schema(description = "When it happened, if you want to say") @PastOrPresent OffsetDateTime occurredAt,
            @Schema(description = "How to reach you: at least a phone number, an email address or a postal address")
            @NotNull @Valid ContactRequest contact,
            @Schema(description = "How to reach you safely") @NotNull @Valid SafeContactRequest safeContact,
            @Schema(description = "You agree that the victim service contacts you; it cannot help otherwise")
            @NotNull @AssertTrue(message = "must be true: a victim service can only help if it may contact you") Boolean consentToContact) {

        SelfReferrals.NewSelfReferral toNewSelfReferral() {
            return new SelfReferrals.NewSelfReferral(provider, district, strands, occurredAt,
                    new ContactDetails.Contact(contact.name(), contact.email(), contact.phone(), contact.address(), contact.postcode()),
                    new ContactDetails.SafeContact(safeContact.safeToCall(), safeContact.safeTimes(), safeContact.voicemailAllowed(),
                            safeContact.language(), safeContact.interpreterNeeded(), safeContact.accessibilityNeeds(), safeContact.notes()),
                    Boolean.TRUE.equals(consentToContact));
        }
    }

    @Schema(name = "SelfReferralContact")
    public record ContactRequest(
            @Schema(description = "What to call you") @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9+() -]{6,40}", message = "must be a phone number") String phone,
            @Size(max = 500) String address,
            @Size(max = 10) String postcode) {
    }

    @Schema(name = "SelfReferralSafeContact")
    public record SafeContactRequest(
            @Schema(description = "Whether it is safe to phone you") Boolean safeToCall,
            @Schema(description = "When it is safe to contact you, e.g. \"weekdays after 6pm\"", example = "weekdays after 6pm")
            @Size(max = 200) String safeTimes,
            @Schema(description = "Whether a voicemail may be left") Boolean voicemailAllowed,
            @Size(max = 60) String language,
            Boolean interpreterNeeded,
            @Size(max = 500) String accessibilityNeeds,
            @Schema(description = "Anything else about contacting you safely") @Size(max = 1000) String notes) {
    }

    @Schema(name = "SelfReferralStatusCheck")
    public record SelfReferralStatusCheck(
            @Schema(description = "The follow-up code you were given") @NotBlank @Size(max = 40) String code) {
    }

    /** Shown once: the code is stored only as a hash. */
    @Schema(name = "SelfReferralReceipt")
    public record SelfReferralReceiptView(
            @Schema(description = "Your reference", example = "SR-7K3M-9QXD") String reference,
            @Schema(description = "Your follow-up code: shown only now, keep it safe") String followUpCode,
            @Schema(description = "The victim service that will contact you") String provider,
            @Schema(description = "Where your referral is, in plain words") String status) {
    }

    @Schema(name = "SelfReferralStatus")
    public record SelfReferralStatusView(String reference, String provider,
            @Schema(description = "Where your referral is, in plain words") String status) {
    }
}
