package org.hatecrime.kit.inbox;

/**
 * A consumer of this service that applies events through the {@link Inbox}. Its routes are what
 * applies a dead letter when an operator re-drives it, so a re-driven event takes exactly the path
 * it would have taken when it was first read.
 */
public interface InboxConsumer {

    /** The handlers this consumer applies events with, by type. */
    EventRoutes routes();
}
