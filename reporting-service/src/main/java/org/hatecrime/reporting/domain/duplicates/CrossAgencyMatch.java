package org.hatecrime.reporting.domain.duplicates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;

/**
 * Two reports taken by different agencies that the platform matched by the victim's pseudonymous
 * key. Neither agency learns of it; the partnership coordinator confirms or rejects it, once.
 */
@Entity
@Table(name = "cross_agency_match")
public class CrossAgencyMatch {

    @Id
    private UUID id;

    /** The newer report, whose intake found the match. */
    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    /** The earlier report, at another agency. */
    @Column(name = "other_id", nullable = false, updatable = false)
    private UUID otherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MatchKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStatus status;

    @Column(name = "detected_at", nullable = false, updatable = false)
    private OffsetDateTime detectedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected CrossAgencyMatch() {
    }

    static CrossAgencyMatch detected(UUID reportId, UUID otherId, MatchKind kind, OffsetDateTime at) {
        CrossAgencyMatch match = new CrossAgencyMatch();
        match.id = Randomness.uuid();
        match.reportId = reportId;
        match.otherId = otherId;
        match.kind = kind;
        match.status = MatchStatus.PENDING;
        match.detectedAt = at;
        return match;
    }

    /** The coordinator's decision; a match is decided once. */
    void decide(boolean confirmed, String coordinator, String note, OffsetDateTime at) {
        if (status != MatchStatus.PENDING) {
            throw new DomainException.RuleBroken("This match was already " + status.name().toLowerCase());
        }
        status = confirmed ? MatchStatus.CONFIRMED : MatchStatus.REJECTED;
        decidedBy = coordinator;
        decidedAt = at;
        decisionNote = note;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public UUID otherId() {
        return otherId;
    }

    public MatchKind kind() {
        return kind;
    }

    public MatchStatus status() {
        return status;
    }

    public OffsetDateTime detectedAt() {
        return detectedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
