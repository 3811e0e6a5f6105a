package org.hatecrime.cases.domain.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A hate crime case from the report a force received to its outcome, and the one place that
 * decides its every move ({@link CaseStage} says which moves exist and who may make them). Each
 * move is kept with its party, actor, time and reason code, raises the updates the victim is owed,
 * and returns the events announcing it. Only the force the report was shared with works it, and
 * the CPS area of that force once the case was filed with it.
 */
@Entity
@Table(name = "case_file")
public class Case {

    /** Who opens a case: the platform, when intake shares the report. */
    static final String OPENED_BY = "platform";

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "report_reference", nullable = false, updatable = false)
    private String reportReference;

    /** The force's agency code: the only police agency that sees the case. */
    @Column(nullable = false, updatable = false)
    private String force;

    /** The CPS area that prosecutes the force's cases; it sees the case once filed with it. */
    @Column(name = "cps_area", updatable = false)
    private String cpsArea;

    @Column(nullable = false, updatable = false)
    private String district;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    private String[] strands;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private OffsetDateTime openedAt;

    /**
     * The pseudonymous victim key of the report, to link repeat victims; null when intake had none,
     * and once the victim was erased.
     */
    @Column(name = "victim_key")
    private String victimKey;

    /** When the person the report is about was erased at intake, if they were; the case stays the force's. */
    @Column(name = "victim_erased_at")
    private OffsetDateTime victimErasedAt;

    /** When a retention review anonymised the case: victim key and suspect reference gone, the progress kept. */
    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStage stage;

    @Column(name = "crime_reference")
    private String crimeReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_as")
    private RecordedAs recordedAs;

    @Column(name = "recording_reason")
    private String recordingReason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hostility_evidence", nullable = false)
    private String[] hostilityEvidence = new String[0];

    /** The dedicated hate crime officer: a member of the force's staff, by the force's own identifier. */
    @Column(name = "officer_id")
    private String officerId;

    /** The force's pseudonymous reference of the suspect, to link repeat suspects within the force. */
    @Column(name = "suspect_reference")
    private String suspectReference;

    /** The hate-crime flag the file carries to the CPS and on to sentence. */
    @Column(name = "hate_crime_flag", nullable = false)
    private boolean hateCrimeFlag;

    @Column(name = "hate_crime_flag_reason")
    private String hateCrimeFlagReason;

    @Column(name = "filed_with_cps_at")
    private OffsetDateTime filedWithCpsAt;

    @Enumerated(EnumType.STRING)
    @Column
    private Verdict verdict;

    @Column(name = "uplift_applied")
    private Boolean upliftApplied;

    @Column(name = "uplift_reason")
    private String upliftReason;

    @Column(name = "outcome_code")
    private String outcomeCode;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    /** When the report was withdrawn at intake, if it was; the case stays the force's. */
    @Column(name = "report_withdrawn_at")
    private OffsetDateTime reportWithdrawnAt;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    /**
     * Since when the victim's consent to share the report with the police is withdrawn, while it
     * stays withdrawn; null while it stands.
     */
    @Column(name = "sharing_consent_withdrawn_at")
    private OffsetDateTime sharingConsentWithdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_scheme")
    private ReviewScheme reviewScheme;

    @Column(name = "review_offered_at")
    private OffsetDateTime reviewOfferedAt;

    @Column(name = "review_request_by")
    private OffsetDateTime reviewRequestBy;

    @Column(name = "review_requested_at")
    private OffsetDateTime reviewRequestedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private ReviewOutcome reviewOutcome;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<CaseMove> history = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<VictimUpdate> victimUpdates = new ArrayList<>();

    @Version
    private long version;

    protected Case() {
    }

    /** What a force receives when intake shares a report with it: no name, no contact details. */
    public record Opening(UUID reportId, String reportReference, String force, String district, List<String> strands,
            OffsetDateTime occurredAt, OffsetDateTime sharedAt, String victimKey) {
    }

    /** A case opened for the force a report was shared with. */
    public static CaseEvent.Opened open(Opening opening, String cpsArea) {
        Case c = new Case();
        c.id = Randomness.uuid();
        c.reportId = opening.reportId();
        c.reportReference = opening.reportReference();
        c.force = opening.force();
        c.cpsArea = cpsArea;
        c.district = opening.district();
        c.strands = opening.strands().stream().sorted().toArray(String[]::new);
        c.occurredAt = opening.occurredAt();
        c.openedAt = opening.sharedAt();
        c.victimKey = opening.victimKey();
        c.stage = CaseStage.OPENED;
        c.history.add(new CaseMove(null, StageChange.to(CaseStage.OPENED, null), Party.POLICE, OPENED_BY, opening.sharedAt()));
        return new CaseEvent.Opened(c);
    }

    /**
     * Moves the case on as the police or the CPS record it. Refused (rule broken) when the case
     * may not make the move; refused (not permitted) when the move is the other party's; refused
     * (invalid value, naming the field) when the move lacks what it records or carries what
     * belongs to another move.
     */
    public List<CaseEvent> changeStage(StageChange change, Party by, String actor, OffsetDateTime at, UpdateDeadline updates,
            ReviewDeadline reviews, boolean enhancedRights, Set<String> outcomeCodes) {
        CaseStage to = change.to();
        if (!stage.canMoveTo(to)) {
            throw new DomainException.RuleBroken("A case that is " + stage + " cannot become " + to);
        }
        if (!stage.canMoveTo(to, by)) {
            throw new DomainException.NotPermitted("Moving a case from " + stage + " to " + to + " is not for the " + by);
        }
        checkFieldsOf(change, outcomeCodes);
        if (anonymisedAt != null && change.suspectReference() != null) {
            throw new DomainException.RuleBroken("The case was anonymised after a retention review: no suspect reference is recorded on it again");
        }
        CaseMove move = new CaseMove(stage, change, by, actor, at);
        apply(change, by, at, reviews);
        stage = to;
        history.add(move);

        List<CaseEvent> events = new ArrayList<>();
        events.add(switch (to) {
            case RECORDED -> new CaseEvent.Recorded(this, move);
            case CHARGED -> new CaseEvent.Charged(this, move);
            case CLOSED -> new CaseEvent.Closed(this, move);
            default -> new CaseEvent.StageChanged(this, move);
        });
        to.update().flatMap(kind -> owe(kind, at, updates, enhancedRights)).ifPresent(events::add);
        if (change.bailed()) {
            owe(VictimUpdateKind.BAIL, at, updates, enhancedRights).ifPresent(events::add);
        }
        return events;
    }

    private void checkFieldsOf(StageChange change, Set<String> outcomeCodes) {
        CaseStage to = change.to();
        if (to.needsAReason() && blank(change.reasonCode())) {
            throw new DomainException.InvalidValue("reasonCode", "say why the case becomes " + to);
        }
        only(to == CaseStage.RECORDED, "crimeReference", change.crimeReference());
        only(to == CaseStage.RECORDED, "recordedAs", change.recordedAs());
        only(to == CaseStage.RECORDED, "recordingReason", change.recordingReason());
        only(to == CaseStage.SUSPECT_IDENTIFIED, "suspectReference", change.suspectReference());
        only(to == CaseStage.ARRESTED_OR_INTERVIEWED || to == CaseStage.CHARGED || to == CaseStage.AT_COURT, "bailConditions",
                change.bailed() ? change.bailConditions() : null);
        only(to == CaseStage.AT_COURT, "hearingAt", change.hearingAt());
        only(to == CaseStage.AT_COURT, "hearingType", change.hearingType());
        only(to == CaseStage.VERDICT, "verdict", change.verdict());
        only(to == CaseStage.SENTENCED, "upliftApplied", change.upliftApplied());
        only(to == CaseStage.SENTENCED, "upliftReason", change.upliftReason());
        only(to == CaseStage.CLOSED, "outcomeCode", change.outcomeCode());
        switch (to) {
            case RECORDED -> {
                required("crimeReference", change.crimeReference());
                required("recordedAs", change.recordedAs());
                required("recordingReason", change.recordingReason());
            }
            case AT_COURT -> required("hearingAt", change.hearingAt());
            case VERDICT -> required("verdict", change.verdict());
            case SENTENCED -> {
                required("upliftApplied", change.upliftApplied());
                required("upliftReason", change.upliftReason());
                if (verdict == null || !verdict.leadsToSentence()) {
                    throw new DomainException.RuleBroken("Only a guilty verdict is followed by a sentence");
                }
            }
            case CLOSED -> {
                required("outcomeCode", change.outcomeCode());
                if (!outcomeCodes.contains(change.outcomeCode())) {
                    throw new DomainException.InvalidValue("outcomeCode", "not a Home Office outcome code: use one of " + outcomeCodes);
                }
                if (stage == CaseStage.VERDICT && verdict != null && verdict.leadsToSentence()) {
                    throw new DomainException.RuleBroken("A guilty verdict is followed by a sentence before the case closes");
                }
            }
            default -> {
                // nothing more to check
            }
        }
    }

    private void apply(StageChange change, Party by, OffsetDateTime at, ReviewDeadline reviews) {
        switch (change.to()) {
            case RECORDED -> {
                crimeReference = change.crimeReference();
                recordedAs = change.recordedAs();
                recordingReason = change.recordingReason();
            }
            case SUSPECT_IDENTIFIED -> {
                if (change.suspectReference() != null) {
                    suspectReference = change.suspectReference();
                }
            }
            case FILED_WITH_CPS -> {
                // the flag travels with the file; only the CPS may take it off, with a reason
                if (filedWithCpsAt == null) {
                    hateCrimeFlag = true;
                    hateCrimeFlagReason = "FILED_AS_HATE_CRIME";
                }
                filedWithCpsAt = at;
            }
            case NO_FURTHER_ACTION -> {
                reviewScheme = ReviewScheme.of(by);
                reviewOfferedAt = at;
                reviewRequestBy = reviews.requestBy(reviewScheme, at);
                reviewRequestedAt = null;
                reviewOutcome = null;
            }
            case VERDICT -> verdict = change.verdict();
            case SENTENCED -> {
                upliftApplied = change.upliftApplied();
                upliftReason = change.upliftReason();
            }
            case CLOSED -> {
                outcomeCode = change.outcomeCode();
                closedAt = at;
            }
            default -> {
                // the move itself is the record
            }
        }
    }

    private Optional<CaseEvent> owe(VictimUpdateKind kind, OffsetDateTime at, UpdateDeadline updates, boolean enhancedRights) {
        VictimUpdate update = new VictimUpdate(kind, at, updates.dueAt(at, enhancedRights), enhancedRights);
        victimUpdates.add(update);
        if (sharingConsentWithdrawn()) {
            update.holdFrom(sharingConsentWithdrawnAt);
            return Optional.empty(); // nothing falls due while the victim may not be contacted
        }
        return Optional.of(new CaseEvent.VictimUpdateDue(this, update));
    }

    /** The evidence of hostility the force holds, as codes; replaces what was there. */
    public void recordHostilityEvidence(List<String> evidence) {
        if (stage == CaseStage.CLOSED) {
            throw new DomainException.RuleBroken("The case is closed");
        }
        hostilityEvidence = evidence.stream().distinct().sorted().toArray(String[]::new);
    }

    /** The force's dedicated hate crime officer for the case. */
    public void assignOfficer(String officerId) {
        if (stage == CaseStage.CLOSED) {
            throw new DomainException.RuleBroken("The case is closed");
        }
        this.officerId = officerId;
    }

    /**
     * Keeps or removes the hate-crime flag, with a reason code. Once the file is with the CPS, only
     * the CPS may change it, so the flag is not lost between police and prosecution.
     */
    public void flagAsHateCrime(boolean flagged, String reasonCode, Party by) {
        if (stage == CaseStage.CLOSED) {
            throw new DomainException.RuleBroken("The case is closed");
        }
        if (filedWithCpsAt != null && by != Party.CPS) {
            throw new DomainException.NotPermitted("The file is with the CPS: only the CPS may change its hate-crime flag");
        }
        hateCrimeFlag = flagged;
        hateCrimeFlagReason = reasonCode;
    }

    /** The victim was told of a key event; settles the update. */
    public VictimUpdate tellVictim(UUID updateId, String method, String actor, OffsetDateTime toldAt) {
        VictimUpdate update = victimUpdates.stream().filter(u -> u.id().equals(updateId)).findFirst()
                .orElseThrow(() -> new DomainException.NotFound("victim update"));
        update.tell(method, actor, toldAt);
        return update;
    }

    /** The victim asks for a review of a no-further-action decision, within the scheme's deadline. */
    public CaseEvent.ReviewRequested requestReview(OffsetDateTime at) {
        if (reviewOfferedAt == null || stage != CaseStage.NO_FURTHER_ACTION) {
            throw new DomainException.RuleBroken("No decision of this case may be reviewed: the right applies to no further action");
        }
        if (reviewRequestedAt != null) {
            throw new DomainException.RuleBroken("A review was already requested");
        }
        if (!at.isBefore(reviewRequestBy)) {
            throw new DomainException.RuleBroken("The time to ask for a review ended at " + reviewRequestBy);
        }
        reviewRequestedAt = at;
        return new CaseEvent.ReviewRequested(this);
    }

    /** What the review found; the party whose scheme it is records it. */
    public void recordReviewOutcome(ReviewOutcome outcome, Party by) {
        if (reviewRequestedAt == null) {
            throw new DomainException.RuleBroken("No review was requested");
        }
        if (reviewOutcome != null) {
            throw new DomainException.RuleBroken("The review's outcome is already recorded");
        }
        if (ReviewScheme.of(by) != reviewScheme) {
            throw new DomainException.NotPermitted("This review is under the " + reviewScheme + " scheme");
        }
        reviewOutcome = outcome;
    }

    private static void only(boolean allowed, String field, Object value) {
        if (!allowed && value != null) {
            throw new DomainException.InvalidValue(field, "not recorded by this move");
        }
    }

    private static void required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new DomainException.InvalidValue(field, "required for this move");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The police force works it; the CPS area of the force once the file reached it. */
    public boolean isWorkedBy(Party party, String agency) {
        return party == Party.POLICE ? force.equals(agency) : filedWithCpsAt != null && agency.equals(cpsArea);
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String reportReference() {
        return reportReference;
    }

    public String force() {
        return force;
    }

    public String cpsArea() {
        return cpsArea;
    }

    public String district() {
        return district;
    }

    public List<String> strands() {
        return Arrays.asList(strands);
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public String victimKey() {
        return victimKey;
    }

    public CaseStage stage() {
        return stage;
    }

    public String crimeReference() {
        return crimeReference;
    }

    public RecordedAs recordedAs() {
        return recordedAs;
    }

    public String recordingReason() {
        return recordingReason;
    }

    public List<String> hostilityEvidence() {
        return Arrays.asList(hostilityEvidence);
    }

    public String officerId() {
        return officerId;
    }

    public String suspectReference() {
        return suspectReference;
    }

    public boolean hateCrimeFlag() {
        return hateCrimeFlag;
    }

    public String hateCrimeFlagReason() {
        return hateCrimeFlagReason;
    }

    public OffsetDateTime filedWithCpsAt() {
        return filedWithCpsAt;
    }

    public Verdict verdict() {
        return verdict;
    }

    public Boolean upliftApplied() {
        return upliftApplied;
    }

    public String upliftReason() {
        return upliftReason;
    }

    public String outcomeCode() {
        return outcomeCode;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public OffsetDateTime reportWithdrawnAt() {
        return reportWithdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    /**
     * The report was withdrawn at intake after it was shared. The force keeps its case, whose
     * progress is the force's decision, and sees the withdrawal and its reason; a repeat of the event
     * keeps the first.
     */
    public void reportWithdrawn(OffsetDateTime at, String reason) {
        if (reportWithdrawnAt == null) {
            reportWithdrawnAt = at;
            withdrawalReason = reason;
        }
    }

    /**
     * The victim withdrew, or gave again, their consent to share the report with the police. The
     * case stays the force's (recording and investigating a crime is its duty and decision), but
     * while consent is withdrawn the victim is not to be contacted about it: the updates they are
     * owed are held and none falls due, and the case is not linked to the victim's other cases
     * (see {@link CaseLinks}). Consent given again makes every held update owed from then, with a
     * new deadline. Returns the event announcing the change, followed by those announcing each
     * update owed anew. A repeat of the same change changes nothing and returns nothing, so the
     * first withdrawal's time is kept.
     */
    public List<CaseEvent> sharingConsentChanged(boolean granted, OffsetDateTime at, UpdateDeadline updates) {
        boolean alreadySo = granted ? !sharingConsentWithdrawn() : sharingConsentWithdrawn();
        if (alreadySo) {
            return List.of();
        }
        if (!granted) {
            sharingConsentWithdrawnAt = at;
            victimUpdates.forEach(u -> u.holdFrom(at));
            return List.of(new CaseEvent.SharingConsentChanged(this, false, at));
        }
        sharingConsentWithdrawnAt = null;
        List<CaseEvent> events = new ArrayList<>();
        events.add(new CaseEvent.SharingConsentChanged(this, true, at));
        for (VictimUpdate update : victimUpdates) {
            if (update.owedAgain(updates.dueAt(at, update.enhancedRights()))) {
                events.add(new CaseEvent.VictimUpdateDue(this, update));
            }
        }
        return events;
    }

    /**
     * The person the report is about was erased at intake. The case stays the force's, with its
     * progress (the crime record is the force's), but forgets the victim key, so it is never linked to
     * the person's other cases again (see {@link CaseLinks}). A later erasure keeps the first time.
     * Whether the case changed: only the first erasure does.
     */
    public boolean victimErased(OffsetDateTime at) {
        if (victimErased()) {
            return false;
        }
        victimErasedAt = at;
        victimKey = null;
        return true;
    }

    public boolean victimErased() {
        return victimErasedAt != null;
    }

    /**
     * A retention review found the case's personal data no longer needed: the victim key and the
     * suspect reference go, so the case is linked to no other case again; its progress, codes and
     * dates stay the force's record. False when done already.
     */
    public boolean anonymise(OffsetDateTime at) {
        if (anonymisedAt != null) {
            return false;
        }
        anonymisedAt = at;
        victimKey = null;
        suspectReference = null;
        return true;
    }

    public OffsetDateTime anonymisedAt() {
        return anonymisedAt;
    }

    public OffsetDateTime victimErasedAt() {
        return victimErasedAt;
    }

    public boolean sharingConsentWithdrawn() {
        return sharingConsentWithdrawnAt != null;
    }

    public OffsetDateTime sharingConsentWithdrawnAt() {
        return sharingConsentWithdrawnAt;
    }

    public ReviewScheme reviewScheme() {
        return reviewScheme;
    }

    public OffsetDateTime reviewOfferedAt() {
        return reviewOfferedAt;
    }

    public OffsetDateTime reviewRequestBy() {
        return reviewRequestBy;
    }

    public OffsetDateTime reviewRequestedAt() {
        return reviewRequestedAt;
    }

    public ReviewOutcome reviewOutcome() {
        return reviewOutcome;
    }

    public List<CaseMove> history() {
        return Collections.unmodifiableList(history);
    }

    public List<VictimUpdate> victimUpdates() {
        return Collections.unmodifiableList(victimUpdates);
    }

    public long version() {
        return version;
    }
}
