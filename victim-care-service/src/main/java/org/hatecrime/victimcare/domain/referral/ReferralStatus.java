package org.hatecrime.victimcare.domain.referral;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral is, and every move it may make: the only place the lifecycle is defined.
 * {@link Referral} refuses any other move.
 */
public enum ReferralStatus {
    REQUESTED,
    SENT,
    ACKNOWLEDGED,
    CONTACT_ATTEMPTED,
    ACCEPTED,
    DECLINED_BY_VICTIM,
    UNABLE_TO_CONTACT,
    NOT_ELIGIBLE,
    CLOSED;

    private static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = Map.of(
            REQUESTED, EnumSet.of(SENT, CLOSED),
            SENT, EnumSet.of(ACKNOWLEDGED, CLOSED),
            ACKNOWLEDGED, EnumSet.of(CONTACT_ATTEMPTED, NOT_ELIGIBLE, CLOSED),
            // another attempt keeps it here; each attempt is in the referral's history
            CONTACT_ATTEMPTED, EnumSet.of(CONTACT_ATTEMPTED, ACCEPTED, DECLINED_BY_VICTIM, UNABLE_TO_CONTACT, NOT_ELIGIBLE),
            ACCEPTED, EnumSet.of(CLOSED),
            DECLINED_BY_VICTIM, EnumSet.of(CLOSED),
            UNABLE_TO_CONTACT, EnumSet.of(CLOSED),
            NOT_ELIGIBLE, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    /** Moves that need a reason code, because the referral ends or is turned down. */
    private static final Set<ReferralStatus> NEED_A_REASON = EnumSet.of(DECLINED_BY_VICTIM, UNABLE_TO_CONTACT, NOT_ELIGIBLE, CLOSED);

    /** Moves that mean contacting the victim: refused once contact has to stop. */
    private static final Set<ReferralStatus> CONTACT = EnumSet.of(CONTACT_ATTEMPTED, ACCEPTED);

    public boolean canMoveTo(ReferralStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean needsAReason() {
        return NEED_A_REASON.contains(this);
    }

    public boolean meansContact() {
        return CONTACT.contains(this);
    }

    /** Still being worked: a second referral of the same victim to the same provider joins it. */
    public boolean isOpen() {
        return this != CLOSED && !NEED_A_REASON.contains(this);
    }
}
