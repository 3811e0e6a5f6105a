package org.hatecrime.kit.db;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How requests are refused while the database cannot be reached ({@link DatabaseBreaker}). */
@ConfigMapping(prefix = "hatecrime.database.breaker")
public interface DatabaseBreakerConfig {

    /** Off: every request waits for the pool to fail on its own (about a second each) while the database is away. */
    @WithDefault("true")
    boolean enabled();

    /** How often the database is asked, while away, whether it answers again (kit default 250 ms). */
    Duration probeInterval();
}
