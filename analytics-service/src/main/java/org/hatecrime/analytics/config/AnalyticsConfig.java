package org.hatecrime.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/** How analytics counts and publishes. */
@ConfigMapping(prefix = "hatecrime.analytics")
public interface AnalyticsConfig {

    /** Months and quarters begin at midnight here. */
    @WithDefault("Europe/London")
    ZoneId zone();

    /** Channels through which a report reached the platform by third-party reporting. */
    List<String> thirdPartyChannels();

    /** The rights of the Victims' Code that victim care runs clocks for, so compliance is reported for each. */
    List<Integer> victimsCodeRightsWithClocks();

    Statistics statistics();

    Threats threats();

    BoardReport boardReport();

    Rebuild rebuild();

    /** Rebuilding the read models from every event into fresh tables (ADR 0023). */
    interface Rebuild {

        /**
         * The read models built from events alone, rebuilt and switched over together. Not the
         * statistics releases (published, immutable), the prevention log (entered by people) or the
         * emerging-threat alerts (raised and announced by scans at a time).
         */
        List<String> tables();

        /**
         * Live tables a projection also changes, and which a rebuild changes as they are rather than in
         * a copy: the kept copies of events (outbox, dead letters), whose victim key an erasure blanks
         * however often it is applied. Any other table a projection touched would fail the rebuild.
         */
        List<String> liveTables();

        /** The agencies whose administrators run the platform; an administrator of another agency is refused. */
        List<String> operatorAgencies();

        /** Records read from Kafka and applied in one transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long one read from Kafka waits for records. */
        @WithDefault("1s")
        Duration pollTimeout();

        /**
         * How long the switch-over waits for the live consumers to finish their transaction before it
         * gives up (the rebuild fails, the live tables stay as they were).
         */
        @WithDefault("10s")
        Duration lockTimeout();

        /** The longest the switch-over transaction may take: the live consumers wait for it. */
        @WithDefault("5m")
        Duration switchOverTimeout();

        /**
         * A rebuild that has not progressed for this long is taken as abandoned (its service stopped).
         * Longer than {@link #switchOverTimeout()}, which may pass without progress.
         */
        @WithDefault("10m")
        Duration abandonedAfter();
    }

    /** The partnership board's quarterly report. */
    interface BoardReport {

        /** Weeks before and after each prevention activity compared in the report. */
        @WithDefault("12")
        int preventionWeeks();

        /** Quarters shown month by month in the trend chart, the reported quarter last. */
        @WithDefault("5")
        int trendQuarters();
    }

    /** The emerging-threat method's settings (docs/analytics-methods.md). */
    interface Threats {
        int baselineWeeks();

        int guardWeeks();

        double alpha();

        int minimumCount();

        /** When the weekly scan of the week just ended runs (a Quartz cron), or off. */
        String cron();
    }

    interface Statistics {

        /** Counts under this are withheld from published statistics. */
        @WithDefault("10")
        int threshold();

        /** The rows of every published table: the finest area published. */
        List<String> districts();

        /** The columns of every published table. */
        List<String> strands();
    }
}
