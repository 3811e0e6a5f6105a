package org.hatecrime.victimcare.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.victimcare.domain.needs.NeedsAssessed;
import org.hatecrime.victimcare.domain.needs.NeedsAssessment;
import org.hatecrime.victimcare.domain.needs.NeedsEventPublisher;

/**
 * Publishes {@code needs.assessed.v1} through the outbox on {@code hatecrime.referrals.v1}, keyed by
 * the referral id: the levels, the risk and the enhanced rights, never the notes.
 */
@ApplicationScoped
public class NeedsEvents implements NeedsEventPublisher {

    private final Outbox outbox;

    NeedsEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record NeedsAssessedPayload(UUID referralId, UUID assessmentId, String agency, UUID reportId, OffsetDateTime assessedAt,
            String riskLevel, boolean enhancedRights, String enhancedRightsReason, Map<String, String> domains) {
    }

    @Override
    public void publish(NeedsAssessed event) {
        NeedsAssessment a = event.assessment();
        Map<String, String> domains = new LinkedHashMap<>();
        a.levels().forEach((domain, level) -> domains.put(domain.name(), level.name()));
        outbox.add(EventTypes.NEEDS_ASSESSED, a.referralId().toString(), new NeedsAssessedPayload(a.referralId(), a.id(), a.agency(),
                event.referral().reportId(), a.assessedAt(), a.riskLevel().name(), a.enhancedRights(),
                a.enhancedRightsReason() == null ? null : a.enhancedRightsReason().name(), domains));
    }
}
