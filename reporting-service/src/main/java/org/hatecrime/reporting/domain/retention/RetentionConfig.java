package org.hatecrime.reporting.domain.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** How long a report's personal details are kept before a review decides whether they still are. */
@ConfigMapping(prefix = "hatecrime.retention")
public interface RetentionConfig {

    /**
     * A report comes up for review this long after it ended (closed, withdrawn or linked as a
     * duplicate), or after it was received if it never ended.
     */
    @WithDefault("P6Y")
    Period reviewAfter();
}
