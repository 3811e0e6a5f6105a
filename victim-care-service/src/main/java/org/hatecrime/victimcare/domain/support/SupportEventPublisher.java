package org.hatecrime.victimcare.domain.support;

/** Hands support's events to the outbox, in the transaction that changed it. */
public interface SupportEventPublisher {

    void publish(SupportClosed event);
}
