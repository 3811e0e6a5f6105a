package org.hatecrime.victimcare.domain.contact;

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
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralEvent;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;

/** One contact with the victim, or one try, as a case worker logged it: codes and times only. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactChannel channel;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private OffsetDateTime attemptedAt;

    @Column(name = "outcome_code", nullable = false, updatable = false)
    private String outcomeCode;

    /** Why the contact went ahead outside the victim's safe times. */
    @Column(name = "override_reason_code", updatable = false)
    private String overrideReasonCode;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ContactAttempt() {
    }

    /** What the case worker tells: how, when, what came of it, and why if outside the safe times. */
    public record Planned(ContactChannel channel, OffsetDateTime at, String outcomeCode, String overrideReasonCode) {
    }

    /** The attempt logged, and the referral's move to CONTACT_ATTEMPTED when it made one. */
    public record Logged(ContactAttempt attempt, ReferralEvent moved) {
    }

    /**
     * Logs a contact with the victim of the referral, if their preferences allow it. None is logged
     * once contact has to stop or the referral is closed. An acknowledged referral, or one already
     * in contact, moves to CONTACT_ATTEMPTED with each attempt.
     */
    static Logged log(Referral referral, SafeContactPolicy policy, Planned planned, String actor, OffsetDateTime now) {
        if (referral.contactStopped()) {
            throw new DomainException.RuleBroken("Do not contact the victim: " + referral.contactStoppedBecause());
        }
        if (referral.status() == ReferralStatus.CLOSED) {
            throw new DomainException.RuleBroken("The referral is closed; no contact is logged on it");
        }
        if (planned.at().isAfter(now)) {
            throw new DomainException.InvalidValue("at", "must not be in the future: log a contact once it happened");
        }
        policy.check(planned.channel(), planned.at(), planned.overrideReasonCode());
        ContactAttempt attempt = new ContactAttempt();
        attempt.id = Randomness.uuid();
        attempt.referralId = referral.id();
        attempt.channel = planned.channel();
        attempt.attemptedAt = planned.at();
        attempt.outcomeCode = planned.outcomeCode();
        attempt.overrideReasonCode = planned.overrideReasonCode() == null || planned.overrideReasonCode().isBlank()
                ? null : planned.overrideReasonCode();
        attempt.actor = actor;
        attempt.recordedAt = now;
        ReferralEvent moved = switch (referral.status()) {
            case ACKNOWLEDGED, CONTACT_ATTEMPTED -> referral.change(ReferralStatus.CONTACT_ATTEMPTED, null, actor, now);
            default -> null;
        };
        return new Logged(attempt, moved);
    }

    public UUID id() {
        return id;
    }

    public UUID referralId() {
        return referralId;
    }

    public ContactChannel channel() {
        return channel;
    }

    public OffsetDateTime attemptedAt() {
        return attemptedAt;
    }

    public String outcomeCode() {
        return outcomeCode;
    }

    public String overrideReasonCode() {
        return overrideReasonCode;
    }

    public String actor() {
        return actor;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
