package org.hatecrime.reporting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.WithdrawalReason;
import org.hatecrime.reporting.domain.report.ReportDetails;

/** Bodies of the actions on a report. */
public final class ActionRequests {

    private ActionRequests() {
    }

    @Schema(name = "TriageRequest", description = "What triage decided; a field left out keeps its value")
    public record TriageRequest(RecordedAs recordedAs, OffenceCategory offenceCategory) {
    }

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(@NotNull WithdrawalReason reason) {
    }

    @Schema(name = "DuplicateRequest", description = "The report this one duplicates")
    public record DuplicateRequest(@NotNull UUID duplicateOf) {
    }

    @Schema(name = "ConsentRequest", description = "Whether the victim gave (true) or withdrew (false) consent, and how")
    public record ConsentRequest(@NotNull Boolean granted, @NotNull ConsentMethod method) {
    }

    @Schema(name = "LawfulOverrideRequest", description = "The report to share without consent, and the lawful basis")
    public record LawfulOverrideRequest(
            @NotNull UUID reportId,
            @NotBlank @Size(min = 10, max = 1_000, message = "give the lawful basis in 10 to 1000 characters") String lawfulBasis) {
    }

    @Schema(name = "OverrideDecisionRequest", description = "A second administrator's decision, with an optional note")
    public record OverrideDecisionRequest(@NotNull OverrideDecision decision, @Size(max = 1_000) String note) {
    }

    /** A second administrator's decision on a lawful override. */
    public enum OverrideDecision {
        APPROVE,
        REFUSE
    }

    @Schema(name = "MatchDecisionRequest", description = "The coordinator's decision, with an optional note")
    public record MatchDecisionRequest(@NotNull MatchDecision decision, @Size(max = 1_000) String note) {
    }

    /** The partnership coordinator's decision on a cross-agency match. */
    public enum MatchDecision {
        CONFIRM,
        REJECT
    }

    @Schema(name = "PoliceAcknowledgementRequest", description = "The force's crime reference for the report")
    public record PoliceAcknowledgementRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/ -]+", message = "letters, digits, spaces, / and - only")
            String crimeReference) {
    }

    @Schema(name = "ReferralRequest", description = "The support service to refer to; Beacon when left out")
    public record ReferralRequest(@Size(max = 64) String provider) {
    }

    /** New personal details; they replace the old ones as a whole. */
    @Schema(name = "DetailsUpdateRequest", description = "New personal details; they replace the old ones as a whole")
    public record DetailsUpdate(
            @NotBlank @Size(max = 10_000) String description,
            @Size(max = 200) String otherStrand,
            @Valid SubmitReportRequest.Location location,
            @Size(max = 2_000) String harm,
            @Valid SubmitReportRequest.Suspects suspects,
            @Valid SubmitReportRequest.Witnesses witnesses,
            @Valid SubmitReportRequest.Online online,
            @Valid SubmitReportRequest.Contact contact,
            @Valid SubmitReportRequest.SafeContact safeContact) {

        ReportDetails toDetails() {
            return SubmitReportRequest.details(description, otherStrand, location, harm, suspects, witnesses, online, contact, safeContact);
        }
    }

    @Schema(name = "ErasureRequest", description = "Why the data subject's personal data is erased")
    public record ErasureRequest(@NotBlank @Size(min = 10, max = 1_000) String reason) {
    }

    @Schema(name = "FollowUpRequest", description = "The follow-up code from the receipt, and what to add")
    public record FollowUpRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 5_000) String information) {
    }

    @Schema(name = "StatusCheckRequest", description = "The follow-up code from the receipt")
    public record StatusCheckRequest(@NotBlank @Size(max = 40) String code) {
    }
}
