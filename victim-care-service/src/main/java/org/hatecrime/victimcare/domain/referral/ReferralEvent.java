package org.hatecrime.victimcare.domain.referral;

/**
 * What happened to a referral, as its moves return it; the messaging layer publishes each on
 * {@code hatecrime.referrals.v1}, built from the referral it carries (codes, dates and ids only).
 */
public sealed interface ReferralEvent {

    Referral referral();

    /** The move that raised it, with its reason code and time. */
    ReferralMove move();

    record Created(Referral referral, ReferralMove move) implements ReferralEvent {
    }

    record Sent(Referral referral, ReferralMove move) implements ReferralEvent {
    }

    record Acknowledged(Referral referral, ReferralMove move) implements ReferralEvent {
    }

    /** A contact attempt: recorded in the history, not published. */
    record ContactAttempted(Referral referral, ReferralMove move) implements ReferralEvent {
    }

    record Accepted(Referral referral, ReferralMove move) implements ReferralEvent {
    }

    /** Declined by the victim, unable to contact, or not eligible: the move's status says which. */
    record Declined(Referral referral, ReferralMove move) implements ReferralEvent {
    }

    record Closed(Referral referral, ReferralMove move) implements ReferralEvent {
    }
}
