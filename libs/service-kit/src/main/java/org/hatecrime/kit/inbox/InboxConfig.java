package org.hatecrime.kit.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often a consumer retries an event before it goes to the dead-letter topic. */
@ConfigMapping(prefix = "hatecrime.inbox")
public interface InboxConfig {

    /** The consumer name recorded with every processed event id, usually the consumer group. */
    String consumer();

    @WithDefault("3")
    int maxAttempts();

    @WithDefault("200ms")
    Duration retryBackoff();
}
