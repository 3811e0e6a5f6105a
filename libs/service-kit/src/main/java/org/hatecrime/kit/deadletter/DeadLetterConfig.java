package org.hatecrime.kit.deadletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Who may work the dead letters, how much one call re-drives, and how long settled ones are kept. */
@ConfigMapping(prefix = "hatecrime.dead-letters")
public interface DeadLetterConfig {

    /**
     * The agencies whose administrators run the platform. Dead letters are platform operations, not
     * any agency's records: an administrator of another agency is refused (403).
     */
    /**
     * Whether the service serves the dead-letter API at all; fixed at build time (a service that
     * consumes no events turns it off). Named here so the setting belongs to this mapping.
     */
    @WithDefault("true")
    boolean apiEnabled();

    @WithDefault("herts-csp")
    List<String> operatorAgencies();

    /** At most this many dead letters are re-driven by one "re-drive all"; call again for the rest. */
    @WithDefault("100")
    int redriveAllLimit();

    /**
     * A dead letter a re-drive settled (applied, or found already applied) is kept this long after
     * that re-drive, with its re-drives, then deleted. One still parked is never deleted automatically.
     */
    @WithDefault("P30D")
    Duration retention();

    /** How often settled dead letters past their retention are deleted; the first time at start. */
    @WithDefault("1h")
    Duration cleanupInterval();

    /** How often the dead letters still parked are counted for the gauge {@code hatecrime.dead-letters.parked}. */
    @WithDefault("1m")
    Duration countInterval();
}
