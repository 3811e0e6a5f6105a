package org.hatecrime.kit.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often a consumer retries an event before it goes to the dead-letter topic. */
@ConfigMapping(prefix = "hatecrime.inbox")
public interface InboxConfig {

    /** The consumer name recorded with every processed event id, usually the consumer group. */
    String consumer();

    /**
     * Attempts at an event's effect before it is dead-lettered. Only failures of the effect count:
     * while the database is away the consumer waits instead (see {@link #databaseOutageLimit()}).
     */
    @WithDefault("3")
    int maxAttempts();

    /** The first wait between attempts; each further wait doubles, up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** The longest wait between attempts. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How many times the wait between attempts doubles at most, whatever {@link #maxBackoff()} allows. */
    @WithDefault("20")
    int maxDoublings();

    /**
     * How long the consumer waits for the database to come back, retrying with the same back-off,
     * before it stops without committing (the channel fails and the health check shows it). Kept
     * below Kafka's max.poll.interval.ms (5 minutes), so the group does not rebalance meanwhile.
     */
    @WithDefault("2m")
    Duration databaseOutageLimit();

    /** How long parking a record on the dead-letter topic may take before the consumer stops. */
    @WithDefault("30s")
    Duration deadLetterTimeout();
}
