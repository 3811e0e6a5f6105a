package org.hatecrime.reporting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.IncidentType;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.PerceivedBy;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.ReporterRole;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.codes.TargetedFor;
import org.hatecrime.reporting.domain.report.NewReport;
import org.hatecrime.reporting.domain.report.ReportDetails;

/**
 * A report of a hate crime or hate incident. Only strands, description, occurredAt, district and
 * consents are required; everything else is recorded when the reporter can give it.
 */
@Schema(name = "SubmitReportRequest", description = "A new report")
public record SubmitReportRequest(
        @Schema(description = "One or more monitored strands", example = "[\"RACE\"]")
        @NotEmpty @Size(max = 6) List<@NotNull Strand> strands,

        @Schema(description = "Required with strand OTHER: what the hostility was about")
        @Size(max = 200) String otherStrand,

        @Schema(description = "Who is reporting") ReporterRole reporterRole,

        @Schema(description = "True when the victim does not want to be identified; then no contact details are taken")
        Boolean anonymous,

        @Schema(description = "PHONE for reports taken over the phone; otherwise set from who submits")
        Channel channel,

        @Schema(description = "Who perceived the incident as motivated by hostility or prejudice") PerceivedBy perceivedBy,

        RecordedAs recordedAs,

        OffenceCategory offenceCategory,

        @Size(max = 9) List<@NotNull IncidentType> incidentTypes,

        @Size(max = 3) List<@NotNull TargetedFor> targetedFor,

        Boolean injured,

        Boolean propertyDamaged,

        @Schema(description = "Injuries and damage, in words") @Size(max = 2_000) String harm,

        @Valid Suspects suspects,

        @Valid Witnesses witnesses,

        @Valid Online online,

        @Schema(description = "When it happened, or began (ISO-8601 with offset); not in the future", example = "2026-11-20T18:30:00Z")
        @NotNull @PastOrPresent OffsetDateTime occurredAt,

        @Schema(description = "When it ended, for incidents over a period; not before occurredAt")
        @PastOrPresent OffsetDateTime occurredUntil,

        @Schema(description = "District code from the configured list", example = "STEVENAGE")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z_]*", message = "must be an upper-case district code") String district,

        @Valid Location location,

        @Schema(description = "What happened, in the reporter's words. Stored encrypted, never published in events.",
                example = "Shouted at on the bus because of my headscarf")
        @NotBlank @Size(max = 10_000) String description,

        @Valid Contact contact,

        @Valid SafeContact safeContact,

        @NotNull @Valid ConsentsRequest consents) {

    @Schema(name = "SuspectsInput", description = "What the reporter can say about the suspects")
    public record Suspects(
            @Min(0) @Max(100) Integer count,
            @Size(max = 2_000) String description,
            Boolean knownToVictim,
            @Size(max = 200) String relationshipToVictim,
            @Size(max = 200) String name) {
    }

    @Schema(name = "WitnessesInput", description = "Witnesses, and how to reach them")
    public record Witnesses(@Min(0) @Max(100) Integer count, @Size(max = 2_000) String contactDetails) {
    }

    @Schema(name = "OnlineInput", description = "Where online abuse happened")
    public record Online(
            @Size(max = 100) String platform,
            @Size(max = 20) List<@NotBlank @Size(max = 2_000) String> links,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> handles) {
    }

    @Schema(name = "LocationInput", description = "Where it happened; latitude and longitude both or neither")
    public record Location(
            @Size(max = 500) String description,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    @Schema(name = "ContactInput", description = "How to reach the victim; refused when the report is anonymous")
    public record Contact(
            @Size(max = 200) String name,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "[0-9 +()-]{6,20}", message = "must be a telephone number") String phone,
            @Size(max = 500) String address,
            @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode") String postcode) {
    }

    @Schema(name = "SafeContactInput", description = "How to contact the victim without putting them at risk")
    public record SafeContact(
            Boolean safeToCall,
            @Size(max = 200) String safeTimes,
            Boolean voicemailAllowed,
            @Size(max = 50) String language,
            Boolean interpreterNeeded,
            @Size(max = 500) String accessibilityNeeds,
            @Size(max = 1_000) String notes) {
    }

    /** The victim's consent per purpose, and how it was given. */
    @Schema(name = "ConsentsInput", description = "The victim's consent per purpose")
    public record ConsentsRequest(
            @Schema(description = "May the report be shared with the police force for the area?") @NotNull Boolean shareWithPolice,
            @Schema(description = "May the victim be referred to a support service such as Beacon?") @NotNull Boolean referToSupport,
            @Schema(description = "May the report be counted in published statistics?") @NotNull Boolean statistics,
            @Schema(description = "How consent was given; defaults to ONLINE for public reports and VERBAL otherwise") ConsentMethod method) {
    }

    NewReport toNewReport() {
        ReportDetails details = details(description, otherStrand, location, harm, suspects, witnesses, online, contact, safeContact);
        return new NewReport(
                List.copyOf(strands), reporterRole, Boolean.TRUE.equals(anonymous), channel, perceivedBy,
                recordedAs, offenceCategory, incidentTypes == null ? List.of() : List.copyOf(incidentTypes),
                targetedFor == null ? List.of() : List.copyOf(targetedFor),
                Boolean.TRUE.equals(injured), Boolean.TRUE.equals(propertyDamaged),
                suspects == null ? null : suspects.count(), suspects == null ? null : suspects.knownToVictim(),
                witnesses == null ? null : witnesses.count(),
                occurredAt, occurredUntil, district, details,
                consents.shareWithPolice(), consents.referToSupport(), consents.statistics(), consents.method());
    }

    /** The personal part of a report, which is sealed before it is stored. */
    static ReportDetails details(String description, String otherStrand, Location location, String harm, Suspects suspects,
            Witnesses witnesses, Online online, Contact contact, SafeContact safeContact) {
        return new ReportDetails(
                description,
                otherStrand,
                location == null ? null : new ReportDetails.Location(location.description(), location.latitude(), location.longitude()),
                harm,
                suspects == null ? null : new ReportDetails.Suspects(suspects.description(), suspects.name(), suspects.relationshipToVictim()),
                witnesses == null ? null : new ReportDetails.Witnesses(witnesses.contactDetails()),
                online == null ? null : new ReportDetails.Online(online.platform(), online.links(), online.handles()),
                contact == null ? null : new ReportDetails.Contact(contact.name(), contact.email(), contact.phone(), contact.address(),
                        contact.postcode()),
                safeContact == null ? null : new ReportDetails.SafeContact(safeContact.safeToCall(), safeContact.safeTimes(),
                        safeContact.voicemailAllowed(), safeContact.language(), safeContact.interpreterNeeded(),
                        safeContact.accessibilityNeeds(), safeContact.notes()));
    }
}
