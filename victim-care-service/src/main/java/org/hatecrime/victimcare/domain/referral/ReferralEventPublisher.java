package org.hatecrime.victimcare.domain.referral;

/** Hands a referral's events to the outbox, in the transaction that changed the referral. */
public interface ReferralEventPublisher {

    void publish(ReferralEvent event);
}
