package org.hatecrime.kit.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often a consumer retries an event before it goes to the dead-letter topic. */
@ConfigMapping(prefix = "hatecrime.inbox")
public interface InboxConfig {

    /** The consumer name recorded with every processed event id, usually the consumer group. */
    String consumer();

    /** Attempts before dead-lettering; with the doubling back-off the defaults ride out about 20 s of database outage. */
    @WithDefault("8")
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

    /** How long parking a record on the dead-letter topic may take before the consumer stops. */
    @WithDefault("30s")
    Duration deadLetterTimeout();
}
