package org.hatecrime.cases.domain.casefile;

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
 * An update the victim is owed after a key event of their case (Victims' Code right 6): due by the
 * end of a number of working days, fewer with enhanced rights. Recording that the victim was told
 * settles it; the overdue scan announces one that was not settled in time, once.
 */
@Entity
@Table(name = "victim_update")
public class VictimUpdate {

    @Id
    private UUID id;

    /** The order updates were owed in; numbered by the database. */
    @Column(insertable = false, updatable = false)
    private Long position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VictimUpdateKind kind;

    @Column(name = "event_at", nullable = false, updatable = false)
    private OffsetDateTime eventAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private OffsetDateTime dueAt;

    @Column(name = "enhanced_rights", nullable = false, updatable = false)
    private boolean enhancedRights;

    @Column(name = "told_at")
    private OffsetDateTime toldAt;

    /** How the victim was told, as a code (PHONE, LETTER, EMAIL, IN_PERSON, VIA_VICTIM_SERVICE). */
    @Column(name = "told_by")
    private String toldBy;

    @Column(name = "recorded_by")
    private String recordedBy;

    /** When the overdue scan announced it; set once, by the scan alone. */
    @Column(name = "overdue_at", insertable = false, updatable = false)
    private OffsetDateTime overdueAt;

    protected VictimUpdate() {
    }

    VictimUpdate(VictimUpdateKind kind, OffsetDateTime eventAt, OffsetDateTime dueAt, boolean enhancedRights) {
        this.id = Randomness.uuid();
        this.kind = kind;
        this.eventAt = eventAt;
        this.dueAt = dueAt;
        this.enhancedRights = enhancedRights;
    }

    void tell(String method, String actor, OffsetDateTime at) {
        if (toldAt != null) {
            throw new DomainException.RuleBroken("The victim was already told of this " + kind + " update");
        }
        if (at.isBefore(eventAt)) {
            throw new DomainException.InvalidValue("toldAt", "the victim cannot be told before the event happened");
        }
        toldAt = at;
        toldBy = method;
        recordedBy = actor;
    }

    public UUID id() {
        return id;
    }

    public VictimUpdateKind kind() {
        return kind;
    }

    public OffsetDateTime eventAt() {
        return eventAt;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public boolean enhancedRights() {
        return enhancedRights;
    }

    public OffsetDateTime toldAt() {
        return toldAt;
    }

    public String toldBy() {
        return toldBy;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime overdueAt() {
        return overdueAt;
    }

    /** Told after the deadline, or not told and the deadline passed at {@code now}. */
    public boolean isLate(OffsetDateTime now) {
        return toldAt != null ? toldAt.isAfter(dueAt) || toldAt.isEqual(dueAt) : !now.isBefore(dueAt);
    }
}
