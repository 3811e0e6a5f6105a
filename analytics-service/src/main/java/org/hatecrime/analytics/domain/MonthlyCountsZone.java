package org.hatecrime.analytics.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZoneId;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.kit.db.Sql;

/**
 * The monthly counts are kept in the calendar months of one zone ({@code report_month_zone}, set
 * from {@code hatecrime.analytics.zone} by the migration that created them), while the figures
 * turn the months asked for into ranges in the configured zone: the service refuses to start when
 * the two differ, rather than answer with months that do not match. Changing the zone is the
 * owner's {@code select report_month_count_rezone('Area/City')}, which derives the counts again
 * (ADR 0024).
 */
@ApplicationScoped
class MonthlyCountsZone {

    void onStart(@Observes StartupEvent start, Sql sql, AnalyticsConfig config) {
        String kept = QuarkusTransaction.requiringNew()
                .call(() -> sql.first("select zone from report_month_zone", row -> row.getString(1)).orElse(null));
        check(kept, config.zone());
    }

    static void check(String kept, ZoneId configured) {
        if (!configured.getId().equals(kept)) {
            throw new IllegalStateException("hatecrime.analytics.zone is " + configured.getId() + " but the monthly counts are kept in "
                    + kept + " (report_month_zone): start with the zone they are kept in, or have the database owner run "
                    + "select report_month_count_rezone('" + configured.getId() + "') to keep them in the new zone (ADR 0024)");
        }
    }
}
