package org.hatecrime.cases.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.cases.domain.casefile.Case;
import org.hatecrime.cases.domain.casefile.CaseMove;
import org.hatecrime.cases.domain.casefile.CaseWork;
import org.hatecrime.cases.domain.casefile.VictimUpdate;

/** A case as the force and its CPS area see it: codes, dates and references, no names or contact details. */
@Schema(name = "CaseFile")
public record CaseView(UUID id, UUID reportId, String reportReference, String force, String cpsArea, String district,
        List<String> strands, OffsetDateTime occurredAt, OffsetDateTime openedAt,
        @Schema(description = "Where the case is now") String stage,
        String crimeReference,
        @Schema(description = "CRIME or NON_CRIME_HATE_INCIDENT, once recorded") String recordedAs, String recordingReason,
        @Schema(description = "Codes of the evidence of hostility the force holds") List<String> hostilityEvidence,
        @Schema(description = "The force's identifier of the dedicated hate crime officer") String officerId,
        String suspectReference,
        @Schema(description = "The hate-crime flag the file carries from police to prosecution and sentence") boolean hateCrimeFlag,
        String hateCrimeFlagReason, OffsetDateTime filedWithCpsAt, String verdict,
        @Schema(description = "Whether the sentence was increased for hostility (Sentencing Act 2020 s.66)") Boolean upliftApplied,
        String upliftReason,
        @Schema(description = "The Home Office outcome code the case closed with") String outcomeCode, OffsetDateTime closedAt,
        @Schema(description = "When the report was withdrawn at intake after it was shared; the case stays the force's")
        OffsetDateTime reportWithdrawnAt,
        @Schema(description = "Why, as a code (e.g. VICTIM_REQUEST)") String withdrawalReason,
        @Schema(description = "Since when the victim's consent to share the report with the police is withdrawn; null while it stands. "
                + "While withdrawn the case stays the force's, but the victim is not to be contacted about it (updates are held) and "
                + "no REPEAT_VICTIM link is shown") OffsetDateTime sharingConsentWithdrawnAt,
        @Schema(description = "When the person the report is about was erased at intake (their data subject key destroyed), if they "
                + "were. The case and its progress stay the force's; the platform no longer holds the victim's pseudonymous key for "
                + "it, so its REPEAT_VICTIM links are gone and it is never linked to the person's other cases again; REPEAT_SUSPECT "
                + "links stay") OffsetDateTime victimErasedAt,
        @Schema(description = "When a retention review anonymised the case, if one did: the victim key and the suspect reference "
                + "are gone and the case is linked to no other; its progress stays") OffsetDateTime anonymisedAt,
        Review review, List<Hearing> hearings, List<Move> history, List<Update> victimUpdates, List<Link> linkedCases, long version) {

    /** The Victims' Right to Review of a no-further-action decision, once offered. */
    @Schema(name = "CaseReview")
    public record Review(String scheme, OffsetDateTime offeredAt,
            @Schema(description = "The victim may ask for a review until this instant") OffsetDateTime requestBy,
            OffsetDateTime requestedAt, String outcome) {
    }

    @Schema(name = "CaseHearing")
    public record Hearing(OffsetDateTime at, String type) {
    }

    /** One move, with its party, reason code, who made it and when. */
    @Schema(name = "CaseMove")
    public record Move(String from, String to, String party, String reasonCode, List<String> bailConditions, String actor,
            OffsetDateTime at) {
        static Move of(CaseMove m) {
            return new Move(m.from() == null ? null : m.from().name(), m.to().name(), m.party().name(), m.reasonCode(),
                    m.bailConditions(), m.actor(), m.at());
        }
    }

    /** An update the victim is owed, and when they were told. */
    @Schema(name = "VictimUpdate")
    public record Update(UUID id, String kind, OffsetDateTime eventAt,
            @Schema(description = "The end of the last working day the victim must be told by") OffsetDateTime dueAt,
            boolean enhancedRights, OffsetDateTime toldAt, String toldBy,
            @Schema(description = "When the update was announced overdue") OffsetDateTime overdueAt,
            @Schema(description = "Held since then: the victim withdrew consent to share with the police, so the update is not owed and "
                    + "cannot be recorded as told; when consent is given again it falls due anew") OffsetDateTime notContactableSince) {
        static Update of(VictimUpdate u) {
            return new Update(u.id(), u.kind().name(), u.eventAt(), u.dueAt(), u.enhancedRights(), u.toldAt(), u.toldBy(), u.overdueAt(),
                    u.notContactableSince());
        }
    }

    /** A case of the same force linked to this one. */
    @Schema(name = "LinkedCase")
    public record Link(UUID caseId, @Schema(description = "REPEAT_VICTIM or REPEAT_SUSPECT") String reason, OffsetDateTime linkedAt) {
    }

    static CaseView of(CaseWork.LinkedCase linked) {
        Case c = linked.theCase();
        Review review = c.reviewOfferedAt() == null ? null : new Review(c.reviewScheme().name(), c.reviewOfferedAt(), c.reviewRequestBy(),
                c.reviewRequestedAt(), c.reviewOutcome() == null ? null : c.reviewOutcome().name());
        return new CaseView(c.id(), c.reportId(), c.reportReference(), c.force(), c.cpsArea(), c.district(), c.strands(), c.occurredAt(),
                c.openedAt(), c.stage().name(), c.crimeReference(), c.recordedAs() == null ? null : c.recordedAs().name(),
                c.recordingReason(), c.hostilityEvidence(), c.officerId(), c.suspectReference(), c.hateCrimeFlag(),
                c.hateCrimeFlagReason(), c.filedWithCpsAt(), c.verdict() == null ? null : c.verdict().name(), c.upliftApplied(),
                c.upliftReason(), c.outcomeCode(), c.closedAt(), c.reportWithdrawnAt(), c.withdrawalReason(),
                c.sharingConsentWithdrawnAt(), c.victimErasedAt(), c.anonymisedAt(), review,
                c.history().stream().filter(m -> m.hearingAt() != null).map(m -> new Hearing(m.hearingAt(), m.hearingType())).toList(),
                c.history().stream().map(Move::of).toList(), c.victimUpdates().stream().map(Update::of).toList(),
                linked.links().stream().map(l -> new Link(l.caseId(), l.reason().name(), l.linkedAt())).toList(), c.version());
    }
}
