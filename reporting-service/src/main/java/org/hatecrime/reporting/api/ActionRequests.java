package org.hatecrime.reporting.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.WithdrawalReason;
import org.hatecrime.reporting.domain.report.ReportDetails;

/** Bodies of the actions on a report. */
public final class ActionRequests {

    private ActionRequests() {
    }

    public record TriageRequest(RecordedAs recordedAs, OffenceCategory offenceCategory) {
    }

    public record WithdrawalRequest(@NotNull WithdrawalReason reason) {
    }

    public record DuplicateRequest(@NotNull UUID duplicateOf) {
    }

    public record ConsentRequest(@NotNull Boolean granted, @NotNull ConsentMethod method) {
    }

    public record LawfulOverrideRequest(
            @NotNull UUID reportId,
            @NotBlank @Size(min = 10, max = 1_000, message = "give the lawful basis in 10 to 1000 characters") String lawfulBasis) {
    }

    public record OverrideDecisionRequest(@NotNull OverrideDecision decision, @Size(max = 1_000) String note) {
    }

    /** A second administrator's decision on a lawful override. */
    public enum OverrideDecision {
        APPROVE,
        REFUSE
    }

    public record MatchDecisionRequest(@NotNull MatchDecision decision, @Size(max = 1_000) String note) {
    }

    /** The partnership coordinator's decision on a cross-agency match. */
    public enum MatchDecision {
        CONFIRM,
        REJECT
    }

    public record PoliceAcknowledgementRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9/ -]+", message = "letters, digits, spaces, / and - only")
            String crimeReference) {
    }

    public record ReferralRequest(@Size(max = 64) String provider) {
    }

    /** New personal details; they replace the old ones as a whole. */
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

    public record ErasureRequest(@NotBlank @Size(min = 10, max = 1_000) String reason) {
    }

    public record FollowUpRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 5_000) String information) {
    }

    public record StatusCheckRequest(@NotBlank @Size(max = 40) String code) {
    }
}
