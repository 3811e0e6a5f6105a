package org.hatecrime.reporting.domain.subjectaccess;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How subject access exports are gathered, retried and kept. */
@ConfigMapping(prefix = "hatecrime.subject-access")
public interface SubjectAccessConfig {

    /** How often the worker looks for parts to gather (a Quarkus scheduler period, or {@code off}). */
    String interval();

    /** Parts taken per run. */
    @WithDefault("20")
    int batchSize();

    /** How long a run holds a part it took; should it never report back, the part is due again after this. */
    @WithDefault("PT2M")
    Duration claimFor();

    /** The wait after a service could not answer; doubled after each further failure. */
    @WithDefault("PT30S")
    Duration firstRetryAfter();

    /** The longest wait between attempts. */
    @WithDefault("PT15M")
    Duration maxRetryAfter();

    /** Attempts at one part before the request is given up as failed (20 attempts take about four hours). */
    @WithDefault("20")
    int maxAttempts();

    /** How long a finished export (or a failed request) is kept before its key is erased and its parts deleted. */
    @WithDefault("P30D")
    Duration keepExportFor();
}
