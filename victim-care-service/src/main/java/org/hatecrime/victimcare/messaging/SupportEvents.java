package org.hatecrime.victimcare.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.victimcare.domain.support.Support;
import org.hatecrime.victimcare.domain.support.SupportClosed;
import org.hatecrime.victimcare.domain.support.SupportEventPublisher;

/**
 * Publishes {@code support.closed.v1} through the outbox on {@code hatecrime.referrals.v1}, keyed by
 * the referral id: wellbeing metric scores, their change and the satisfaction score, never the comment.
 */
@ApplicationScoped
public class SupportEvents implements SupportEventPublisher {

    private final Outbox outbox;

    SupportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record SupportClosedPayload(UUID referralId, String agency, BigDecimal wellbeingStart, BigDecimal wellbeingEnd,
            BigDecimal wellbeingChange, int satisfaction, OffsetDateTime closedAt) {
    }

    @Override
    public void publish(SupportClosed event) {
        Support s = event.support();
        outbox.add(EventTypes.SUPPORT_CLOSED, s.referralId().toString(), new SupportClosedPayload(s.referralId(), s.agency(),
                s.startingWellbeing().orElseThrow().metric(), s.closingWellbeing().orElseThrow().metric(), s.wellbeingChange().orElseThrow(),
                s.satisfaction(), s.closedAt()));
    }
}
