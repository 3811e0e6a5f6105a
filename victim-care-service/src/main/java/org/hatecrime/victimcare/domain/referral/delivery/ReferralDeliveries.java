package org.hatecrime.victimcare.domain.referral.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hatecrime.victimcare.config.DeliveryConfig;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralEventPublisher;
import org.hatecrime.victimcare.domain.referral.Referrals;
import org.jboss.logging.Logger;

/**
 * Sends referrals to providers that work in their own case system. Each run takes the referrals
 * due (locked, skipping those another instance holds, and holding them for a while), offers each
 * to its provider's system outside any transaction, and records the outcome in a transaction of
 * its own: delivered, the referral moves to {@code SENT} (announced once); not taken, it stays
 * {@code REQUESTED} with the error, the attempts and when the next one is due, waiting longer after
 * each failure. A run that dies mid-way leaves its referrals due again once its hold ends; the
 * provider dedupes the repeated offer by the referral id.
 */
@ApplicationScoped
public class ReferralDeliveries {

    static final String ACTOR = "platform";
    private static final Logger LOG = Logger.getLogger(ReferralDeliveries.class);

    private final Referrals referrals;
    private final ProviderCaseSystems caseSystems;
    private final ReferralEventPublisher events;
    private final DeliveryConfig config;
    private final Clock clock;

    ReferralDeliveries(Referrals referrals, ProviderCaseSystems caseSystems, ReferralEventPublisher events, DeliveryConfig config,
            Clock clock) {
        this.referrals = referrals;
        this.caseSystems = caseSystems;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "referral-delivery", every = "${hatecrime.victim-care.delivery.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        deliverDueAt(clock.instant());
    }

    /** Offers every referral due by {@code now} to its provider's system; answers how many were delivered. */
    public int deliverDueAt(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<OutboundReferral> taken = QuarkusTransaction.requiringNew().call(() -> take(at));
        int delivered = 0;
        for (OutboundReferral referral : taken) {
            if (offer(referral, at)) {
                delivered++;
            }
        }
        return delivered;
    }

    private List<OutboundReferral> take(OffsetDateTime now) {
        List<Referral> due = referrals.dueForDelivery(now, config.batchSize());
        due.forEach(r -> r.claimDelivery(now.plus(config.claimFor())));
        return due.stream().map(OutboundReferral::of).toList();
    }

    private boolean offer(OutboundReferral referral, OffsetDateTime now) {
        try {
            Optional<String> caseReference = caseSystems.deliver(referral);
            QuarkusTransaction.requiringNew().run(() -> referrals.locked(referral.referralId())
                    .flatMap(r -> r.delivered(caseReference.orElse(null), ACTOR, now))
                    .ifPresent(events::publish));
            return true;
        } catch (ProviderUnavailable e) {
            failed(referral, e.getMessage(), now);
            return false;
        } catch (RuntimeException e) {
            // not the provider's answer: kept as the type only, the message could quote anything
            failed(referral, "not delivered (" + e.getClass().getSimpleName() + ")", now);
            return false;
        }
    }

    private void failed(OutboundReferral referral, String error, OffsetDateTime now) {
        QuarkusTransaction.requiringNew().run(() -> referrals.locked(referral.referralId())
                .ifPresent(r -> r.deliveryFailed(error, now, now.plus(waitAfter(r.delivery().attempts() + 1)))));
        LOG.infof("referral %s not taken by %s's case system: %s", referral.referralId(), referral.provider(), error);
    }

    /** The wait after the given number of failed attempts: the first wait, doubled each time, at most the longest. */
    Duration waitAfter(int failures) {
        Duration wait = config.firstRetryAfter();
        for (int i = 1; i < failures && wait.compareTo(config.maxRetryAfter()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait;
    }
}
