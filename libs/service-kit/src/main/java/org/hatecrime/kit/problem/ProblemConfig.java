package org.hatecrime.kit.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How error answers advise the caller. */
@ConfigMapping(prefix = "hatecrime.problem")
public interface ProblemConfig {

    /**
     * How long a caller should wait before retrying a request the service could not take for the
     * moment (database busy or away): the {@code Retry-After} of a 503, in whole seconds, rounded up.
     */
    @WithDefault("2s")
    Duration retryAfter();
}
