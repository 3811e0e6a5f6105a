package org.hatecrime.victimcare.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The sealed contact details of a referral's victim, under a data subject key of their own: this
 * row holds no readable personal data, and erasing the subject's key erases the details.
 */
@Entity
@Table(name = "victim_contact")
public class VictimContact {

    /** Where the details came from. */
    public enum Source {
        /** Intake's referral packet, fetched once (claim check). */
        INTAKE,
        /** The victim gave them in a self-referral. */
        SELF_REFERRAL
    }

    @Id
    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "sealed_details", nullable = false)
    private byte[] sealedDetails;

    @Enumerated(EnumType.STRING)
    @Column(name = "obtained_from", nullable = false)
    private Source obtainedFrom;

    @Column(name = "obtained_at", nullable = false)
    private OffsetDateTime obtainedAt;

    @Version
    private long version;

    protected VictimContact() {
    }

    VictimContact(UUID referralId, UUID subjectId, byte[] sealedDetails, Source obtainedFrom, OffsetDateTime obtainedAt) {
        this.referralId = referralId;
        this.subjectId = subjectId;
        this.sealedDetails = sealedDetails;
        this.obtainedFrom = obtainedFrom;
        this.obtainedAt = obtainedAt;
    }

    /** The victim told us again (a later self-referral): their latest preferences are the ones that keep them safe. */
    void replace(byte[] sealed, Source from, OffsetDateTime at) {
        this.sealedDetails = sealed;
        this.obtainedFrom = from;
        this.obtainedAt = at;
    }

    /** The record id the sealed value is bound to: a sealed value copied to another row does not open. */
    String recordId() {
        return "victim_contact:" + referralId;
    }

    public UUID referralId() {
        return referralId;
    }

    public UUID subjectId() {
        return subjectId;
    }

    byte[] sealedDetails() {
        return sealedDetails;
    }

    public Source obtainedFrom() {
        return obtainedFrom;
    }

    public OffsetDateTime obtainedAt() {
        return obtainedAt;
    }
}
