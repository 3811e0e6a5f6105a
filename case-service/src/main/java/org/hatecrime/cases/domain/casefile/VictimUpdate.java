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
 * settles it; the overdue scan announces one that was not settled in time, once. While the victim's
 * consent to share with the police is withdrawn the update is held: the victim is not to be
 * contacted about the case, so it is not owed, cannot be told and is never found overdue; consent
 * given again makes it owed from then.
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

    @Column(name = "due_at", nullable = false)
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

    /** Since when the victim may not be contacted about it: their consent to share with the police was withdrawn. */
    @Column(name = "not_contactable_since")
    private OffsetDateTime notContactableSince;

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
        if (notContactableSince != null) {
            throw new DomainException.RuleBroken("The victim withdrew consent to share with the police: they are not to be contacted "
                    + "about this case until they give it again");
        }
        if (at.isBefore(eventAt)) {
            throw new DomainException.InvalidValue("toldAt", "the victim cannot be told before the event happened");
        }
        toldAt = at;
        toldBy = method;
        recordedBy = actor;
    }

    /** Held from {@code since}: the victim withdrew consent to share with the police. An update already told stays told. */
    void holdFrom(OffsetDateTime since) {
        if (toldAt == null && notContactableSince == null) {
            notContactableSince = since;
        }
    }

    /**
     * Consent was given again at {@code at}: a held update is owed again, by {@code newDueAt}, unless it
     * had already been announced overdue (that breach stays on record with its deadline). True when it
     * falls due anew.
     */
    boolean owedAgain(OffsetDateTime newDueAt) {
        if (notContactableSince == null) {
            return false;
        }
        notContactableSince = null;
        if (overdueAt != null) {
            return false;
        }
        dueAt = newDueAt;
        return true;
    }

    public boolean isHeld() {
        return notContactableSince != null;
    }

    public OffsetDateTime notContactableSince() {
        return notContactableSince;
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
