package org.hatecrime.kit.deadletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Who may work the dead letters, and how much one call re-drives. */
@ConfigMapping(prefix = "hatecrime.dead-letters")
public interface DeadLetterConfig {

    /**
     * The agencies whose administrators run the platform. Dead letters are platform operations, not
     * any agency's records: an administrator of another agency is refused (403).
     */
    @WithDefault("herts-csp")
    List<String> operatorAgencies();

    /** At most this many dead letters are re-driven by one "re-drive all"; call again for the rest. */
    @WithDefault("100")
    int redriveAllLimit();
}
