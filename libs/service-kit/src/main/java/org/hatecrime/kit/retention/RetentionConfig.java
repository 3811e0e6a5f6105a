package org.hatecrime.kit.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/**
 * How long a service's records keep their personal details before a review decides whether they
 * still do. Each service has one kind of record to review (intake's reports, victim care's
 * referrals, the force's cases), so each sets its own period.
 */
@ConfigMapping(prefix = "hatecrime.retention")
public interface RetentionConfig {

    /**
     * A record comes up for review this long after it ended (closed, withdrawn...), or after it
     * began if it never ended.
     */
    @WithDefault("P6Y")
    Period reviewAfter();
}
