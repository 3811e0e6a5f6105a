package org.hatecrime.analytics.domain.threats;

/** Announces a new alert to the rest of the platform, in the transaction that recorded it. */
public interface ThreatPublisher {

    void publish(Alert alert, ControlLimit method);
}
