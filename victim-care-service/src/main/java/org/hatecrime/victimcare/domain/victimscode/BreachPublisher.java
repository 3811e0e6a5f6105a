package org.hatecrime.victimcare.domain.victimscode;

/** Announces a breach through the outbox, in the transaction that recorded it. */
public interface BreachPublisher {

    void publish(Breach breach);
}
