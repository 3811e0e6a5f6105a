package org.hatecrime.victimcare.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.victimcare.domain.victimscode.Breach;
import org.hatecrime.victimcare.domain.victimscode.BreachPublisher;

/**
 * Announces each Victims' Code breach once, as {@code victims-code.breach-detected.v1} on
 * {@code hatecrime.referrals.v1} keyed by the referral id, so it follows the referral's own events
 * in order: ids, codes and times only.
 */
@ApplicationScoped
public class VictimsCodeBreachEvents implements BreachPublisher {

    private final Outbox outbox;

    VictimsCodeBreachEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record BreachDetected(UUID referralId, String provider, String agency, String clock, int right, OffsetDateTime dueAt,
            OffsetDateTime detectedAt, boolean enhancedRights) {
    }

    @Override
    public void publish(Breach breach) {
        outbox.add(EventTypes.VICTIMS_CODE_BREACH_DETECTED, breach.referralId().toString(), new BreachDetected(breach.referralId(),
                breach.provider(), breach.agency(), breach.clock().name(), breach.right().number(), breach.dueAt(), breach.detectedAt(),
                breach.enhancedRights()));
    }
}
