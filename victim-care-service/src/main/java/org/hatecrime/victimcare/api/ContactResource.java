package org.hatecrime.victimcare.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
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
import org.hatecrime.victimcare.domain.contact.ContactAttempt;
import org.hatecrime.victimcare.domain.contact.ContactChannel;
import org.hatecrime.victimcare.domain.contact.ContactDetails;
import org.hatecrime.victimcare.domain.contact.ContactLog;
import org.hatecrime.victimcare.domain.contact.SafeTimes;
import org.hatecrime.victimcare.domain.contact.VictimContactDetails;

/** The victim's contact details and the contact log of one of your referrals. Only maps HTTP to the domain. */
@Path("/api/v1/referrals/{id}")
@Tag(name = "Contact", description = "Contacting the victim of a referral safely: contact details and the contact log")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ReferralResource.VICTIM_CARE)
public class ContactResource {

    private static final String PROBLEM = "application/problem+json";

    private final VictimContactDetails contactDetails;
    private final ContactLog log;

    ContactResource(VictimContactDetails contactDetails, ContactLog log) {
        this.contactDetails = contactDetails;
        this.log = log;
    }

    @GET
    @Path("/contact-details")
    @Operation(operationId = "getReferralContactDetails", summary = "The victim's contact details and safe-contact preferences",
            description = "Role: `victim-care`, for a referral your agency works. For a referral from a report they are fetched "
                    + "from intake's referral packet on first use (claim check) and kept sealed here; a self-referral brings its "
                    + "own. Refused (409) once the victim withdrew the report or their consent to support, and once their personal "
                    + "data was erased, at intake or on a retention review (then intake is not asked again). `safeTimesReadAs` shows "
                    + "how the victim's safe times were read; when `safeTimesUnderstood` is false every contact needs an override "
                    + "reason. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The details",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactDetailsView.class),
                    examples = @ExampleObject(name = "from intake", value = ContactExamples.CONTACT_DETAILS)))
    @APIResponse(responseCode = "404", description = "Unknown, not a referral to your service, or no contact details held for it",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Contact has stopped (the victim withdrew the report or their consent), or the "
            + "victim's personal data was erased, at intake or on a retention review",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "Intake cannot be reached just now; see Retry-After",
            content = @Content(mediaType = PROBLEM))
    public ContactDetailsView contactDetails(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return ContactDetailsView.of(id, contactDetails.read(id));
    }

    @POST
    @Path("/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logReferralContact", summary = "Log a contact with the victim, or a try",
            description = "Role: `victim-care`, for a referral your agency works. Refused (409, naming why) for a route the victim "
                    + "marked unsafe (PHONE when calls are not safe; VOICEMAIL unless voicemail is allowed and calls are safe), "
                    + "and for a time outside the victim's safe times (Europe/London) unless `overrideReasonCode` says why; a safe "
                    + "times text this service cannot read needs the override for every contact. LETTER keeps to no safe times. "
                    + "An ACKNOWLEDGED or CONTACT_ATTEMPTED referral moves to CONTACT_ATTEMPTED. Nothing is logged once contact "
                    + "has stopped, or on a closed referral, or once the victim's personal data was erased, at intake or on a retention review (their "
                    + "safe-contact preferences are gone).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LogContactRequest.class),
            examples = {@ExampleObject(name = "a call in the safe times", value = ContactExamples.LOG_CONTACT),
                    @ExampleObject(name = "outside the safe times, with a reason", value = ContactExamples.LOG_CONTACT_OVERRIDE)}))
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactEntryView.class),
                    examples = @ExampleObject(name = "logged", value = ContactExamples.CONTACT_ENTRY)))
    @APIResponse(responseCode = "400", description = "Invalid input; each violation names its field", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Refused: an unsafe route, outside the safe times without a reason, contact "
            + "stopped, the referral closed, or the victim's personal data erased", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "503", description = "Intake cannot be reached to fetch the victim's preferences; see Retry-After",
            content = @Content(mediaType = PROBLEM))
    public Response logContact(@Parameter(description = "The referral's id") @PathParam("id") UUID id,
            @Valid @NotNull LogContactRequest request) {
        ContactLog.Entry entry = log.log(id, new ContactAttempt.Planned(request.channel(), request.at(), request.outcomeCode(),
                request.overrideReasonCode()));
        return Response.status(Response.Status.CREATED).entity(ContactEntryView.of(entry)).build();
    }

    @GET
    @Path("/contacts")
    @Operation(operationId = "listReferralContacts", summary = "The contact log of one of your referrals, oldest first",
            description = "Role: `victim-care`, for a referral your agency works. Each entry shows the victim's language and "
                    + "interpreter needs (null while no contact details are held).")
    @APIResponse(responseCode = "200", description = "Every logged contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ContactEntryView.class),
                    examples = @ExampleObject(name = "one contact", value = "[" + ContactExamples.CONTACT_ENTRY + "]")))
    @APIResponse(responseCode = "404", description = "Unknown, or not a referral to your service", content = @Content(mediaType = PROBLEM))
    public List<ContactEntryView> contacts(@Parameter(description = "The referral's id") @PathParam("id") UUID id) {
        return log.of(id).stream().map(ContactEntryView::of).toList();
    }

    /** A contact to log: codes and a time, no free text (the log is kept for years). */
    @Schema(name = "LogContactRequest")
    public record LogContactRequest(
            @Schema(description = "How the victim was contacted") @NotNull ContactChannel channel,
            @Schema(description = "When, with offset") @NotNull @PastOrPresent OffsetDateTime at,
            @Schema(description = "What came of it, as a code", example = "NO_ANSWER")
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "an upper-case code such as NO_ANSWER") String outcomeCode,
            @Schema(description = "Why the contact went ahead outside the victim's safe times, as a code", example = "HEARING_TOMORROW")
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "an upper-case code such as HEARING_TOMORROW") String overrideReasonCode) {
    }

    /** One logged contact, with the victim's language needs. */
    @Schema(name = "ContactEntry")
    public record ContactEntryView(UUID id, UUID referralId, ContactChannel channel, OffsetDateTime at, String outcomeCode,
            String overrideReasonCode, String actor, OffsetDateTime recordedAt,
            @Schema(description = "The victim's language, as they gave it") String language,
            @Schema(description = "Whether the victim needs an interpreter") Boolean interpreterNeeded) {

        static ContactEntryView of(ContactLog.Entry entry) {
            ContactAttempt a = entry.attempt();
            return new ContactEntryView(a.id(), a.referralId(), a.channel(), a.attemptedAt(), a.outcomeCode(), a.overrideReasonCode(),
                    a.actor(), a.recordedAt(), entry.language(), entry.interpreterNeeded());
        }
    }

    /** The victim's contact details: personal data, shown only to the service that works the referral. */
    @Schema(name = "ReferralContactDetails")
    public record ContactDetailsView(UUID referralId,
            @Schema(description = "INTAKE (the referral packet) or SELF_REFERRAL") String obtainedFrom,
            OffsetDateTime obtainedAt, ContactDetails.Contact contact, ContactDetails.SafeContact safeContact,
            @Schema(description = "False when the safe times are not in a form this service reads: every contact then needs an "
                    + "override reason") boolean safeTimesUnderstood,
            @Schema(description = "The safe times as this service reads them, Europe/London") String safeTimesReadAs) {

        static ContactDetailsView of(UUID referralId, VictimContactDetails.Held held) {
            ContactDetails details = held.details();
            SafeTimes times = SafeTimes.parse(details.safeContactOrNone().safeTimes());
            return new ContactDetailsView(referralId, held.obtainedFrom().name(), held.obtainedAt(), details.contact(),
                    details.safeContact(), times.understood(), times.readAs());
        }
    }
}
