package org.hatecrime.victimcare.domain.victimscode;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.hatecrime.victimcare.domain.referral.ReferralEvent;
import org.hatecrime.victimcare.domain.referral.ReferralEventPublisher;

/**
 * Every move of a referral reaches its publisher; this decorator records the referral's clocks
 * there too, in the same transaction, so the clocks follow each move (sent, contact attempted,
 * ended) without the referral's use cases knowing about the Victims' Code. Changes that move no
 * status (enhanced rights, contact stopped) are picked up by the {@link BreachDetector}'s next run.
 */
@Decorator
@Priority(10)
public abstract class ClocksFollowTheirReferrals implements ReferralEventPublisher {

    @Inject
    @Delegate
    ReferralEventPublisher publisher;

    @Inject
    ReferralClocks clocks;

    @Override
    public void publish(ReferralEvent event) {
        publisher.publish(event);
        clocks.follow(event.referral());
    }
}
