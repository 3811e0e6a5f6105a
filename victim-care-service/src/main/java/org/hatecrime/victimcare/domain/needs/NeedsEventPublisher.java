package org.hatecrime.victimcare.domain.needs;

/** Hands a needs assessment's event to the outbox, in the transaction that recorded it. */
public interface NeedsEventPublisher {

    void publish(NeedsAssessed event);
}
