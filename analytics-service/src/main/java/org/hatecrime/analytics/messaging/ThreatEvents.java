package org.hatecrime.analytics.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.analytics.domain.threats.Alert;
import org.hatecrime.analytics.domain.threats.ControlLimit;
import org.hatecrime.analytics.domain.threats.ThreatPublisher;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;

/** Announces each emerging threat once, as {@code analytics.emerging-threat-detected.v1} keyed by the alert id. */
@ApplicationScoped
public class ThreatEvents implements ThreatPublisher {

    private final Outbox outbox;

    ThreatEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public record EmergingThreatDetected(UUID alertId, LocalDate weekStarting, String strand, String district, double expected,
            long observed, long limit, int baselineWeeks, double alpha, OffsetDateTime detectedAt) {
    }

    @Override
    public void publish(Alert alert, ControlLimit method) {
        outbox.add(EventTypes.ANALYTICS_EMERGING_THREAT_DETECTED, alert.id().toString(), new EmergingThreatDetected(alert.id(),
                alert.weekStarting(), alert.strand(), alert.district(), alert.expected(), alert.observed(), alert.limit(),
                method.baselineWeeks(), method.alpha(), alert.detectedAt()));
    }
}
