package org.hatecrime.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes; every timescale is configuration, not code. */
@ConfigMapping(prefix = "hatecrime.outbox")
public interface OutboxConfig {

    /** Turn the relay off in a replica that must never publish (it still writes the outbox). */
    @WithDefault("true")
    boolean relayEnabled();

    /** The service name written as the envelope's {@code source}. */
    String source();

    /** Longest wait for a commit notification before looking anyway. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows read per round; at most one per aggregate so a failure never lets a later event overtake. */
    @WithDefault("200")
    int batchSize();

    @WithDefault("100ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** How long a single publish may take, retries included, before the relay gives up on the round. */
    @WithDefault("15s")
    Duration deliveryTimeout();

    /** Published rows are kept this long for diagnosis, then deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the relay deletes published rows older than {@link #retention()}; the first time at start. */
    @WithDefault("1h")
    Duration cleanupInterval();
}
