package org.hatecrime.reporting.domain.sharing;

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
 * An administrator's request to share a report with the police without the victim's consent, on a
 * lawful basis. It takes effect only when a second administrator approves it; the one who asked
 * can neither approve nor refuse it, and neither of them is shown the report's details.
 */
@Entity
@Table(name = "lawful_override")
public class LawfulOverride {

    /** Where a request is; approval and refusal are final. */
    public enum Status {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "lawful_basis", nullable = false, updatable = false)
    private String lawfulBasis;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected LawfulOverride() {
    }

    static LawfulOverride request(UUID reportId, String lawfulBasis, String requestedBy, OffsetDateTime at) {
        LawfulOverride override = new LawfulOverride();
        override.id = Randomness.uuid();
        override.reportId = reportId;
        override.lawfulBasis = lawfulBasis;
        override.requestedBy = requestedBy;
        override.requestedAt = at;
        override.status = Status.REQUESTED;
        return override;
    }

    /** A second administrator's decision. */
    void decide(boolean approved, String administrator, String note, OffsetDateTime at) {
        if (administrator.equals(requestedBy)) {
            throw new DomainException.NotPermitted("A second administrator must decide on a lawful override you requested");
        }
        if (status != Status.REQUESTED) {
            throw new DomainException.RuleBroken("This lawful override was already " + status.name().toLowerCase());
        }
        status = approved ? Status.APPROVED : Status.REFUSED;
        decidedBy = administrator;
        decidedAt = at;
        decisionNote = note;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String lawfulBasis() {
        return lawfulBasis;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public Status status() {
        return status;
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
