package org.hatecrime.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
