package org.hatecrime.victimcare.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralEvent;
import org.hatecrime.victimcare.domain.referral.ReferralEventPublisher;

/**
 * Publishes a referral's events through the outbox on {@code hatecrime.referrals.v1}, keyed by the
 * referral id, each built once from the referral: codes, dates and ids only. A contact attempt is
 * kept in the referral's history and not published.
 */
@ApplicationScoped
public class ReferralEvents implements ReferralEventPublisher {

    private final Outbox outbox;

    ReferralEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The payload every referral event type shares; its JSON Schema fixes the status per type. */
    public record ReferralChanged(UUID referralId, String provider, String agency, String source, UUID reportId, String district,
            List<String> strands, String status, String reasonCode, OffsetDateTime consentedAt, OffsetDateTime changedAt) {
    }

    @Override
    public void publish(ReferralEvent event) {
        EventTypes type = typeOf(event);
        if (type == null) {
            return;
        }
        Referral r = event.referral();
        outbox.add(type, r.id().toString(), new ReferralChanged(r.id(), r.provider(), r.agency(), r.source().name(), r.reportId(),
                r.district(), r.strands(), event.move().to().name(), event.move().reasonCode(), r.consentedAt(), event.move().at()));
    }

    private static EventTypes typeOf(ReferralEvent event) {
        if (event instanceof ReferralEvent.Created) {
            return EventTypes.REFERRAL_CREATED;
        } else if (event instanceof ReferralEvent.Sent) {
            return EventTypes.REFERRAL_SENT;
        } else if (event instanceof ReferralEvent.Acknowledged) {
            return EventTypes.REFERRAL_ACKNOWLEDGED;
        } else if (event instanceof ReferralEvent.Accepted) {
            return EventTypes.REFERRAL_ACCEPTED;
        } else if (event instanceof ReferralEvent.Declined) {
            return EventTypes.REFERRAL_DECLINED;
        } else if (event instanceof ReferralEvent.Closed) {
            return EventTypes.REFERRAL_CLOSED;
        }
        return null;
    }
}
