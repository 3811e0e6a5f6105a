package org.hatecrime.analytics.domain.threats;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.analytics.domain.CountingRule;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;

/**
 * Scans a week for emerging threats: the counted reports of each strand in each district, and of
 * each strand county-wide, against {@link ControlLimit}. Each alert is recorded and announced once,
 * however often the week is scanned and by however many instances.
 */
@ApplicationScoped
public class EmergingThreats {

    /** The district of a county-wide series. */
    public static final String ALL_DISTRICTS = "ALL";

    private final Sql sql;
    private final AnalyticsConfig config;
    private final ThreatPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;

    EmergingThreats(Sql sql, AnalyticsConfig config, ThreatPublisher publisher, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.config = config;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    public ControlLimit method() {
        AnalyticsConfig.Threats threats = config.threats();
        return new ControlLimit(threats.baselineWeeks(), threats.guardWeeks(), threats.alpha(), threats.minimumCount());
    }

    @Scheduled(identity = "emerging-threat-scan", cron = "${hatecrime.analytics.threats.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        scan(LocalDate.now(clock.withZone(config.zone())).minusWeeks(1));
    }

    /** Scans the week containing {@code day}, once it has ended; the week's alerts, new and earlier. */
    @Transactional
    public List<Alert> scan(LocalDate day) {
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!startOf(week.plusWeeks(1)).isBefore(OffsetDateTime.now(clock))) {
            throw new DomainException.RuleBroken("The week starting " + week + " has not ended yet");
        }
        ControlLimit method = method();
        int history = method.baselineWeeks() + method.guardWeeks();
        LocalDate first = week.minusWeeks(history);
        Map<String, long[]> series = weeklyCounts(first, history + 1);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (Map.Entry<String, long[]> entry : series.entrySet()) {
            ControlLimit.Verdict verdict = method.test(entry.getValue(), history);
            if (verdict.alert()) {
                String[] key = entry.getKey().split("/");
                Alert alert = new Alert(Randomness.uuid(), week, key[0], key[1], verdict.expected(), verdict.observed(), verdict.limit(), now);
                int recorded = sql.update("""
                        insert into emerging_threat (id, week_starting, strand, district, expected, observed, control_limit, detected_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                        alert.id(), week, alert.strand(), alert.district(), alert.expected(), (int) alert.observed(), (int) alert.limit(), now);
                if (recorded == 1) {
                    publisher.publish(alert, method);
                }
            }
        }
        return alertsBetween(week, week);
    }

    /** The alerts of the weeks starting from {@code from} to {@code to}, newest first; the analyst's look is audited. */
    @Transactional
    public List<Alert> list(String actor, String agency, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new DomainException.InvalidValue("from", "must not be after 'to'");
        }
        audit.record(actor, agency, new AuditEntry("analytics.emerging-threats", "statistics", "emerging-threats",
                "analyst query " + from + ".." + to));
        return alertsBetween(from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), to);
    }

    /** The alerts of the weeks starting from {@code from} to {@code to}, for a caller that audits its own use of them. */
    @Transactional
    public List<Alert> raisedForWeeks(LocalDate from, LocalDate to) {
        return alertsBetween(from, to);
    }

    private List<Alert> alertsBetween(LocalDate from, LocalDate to) {
        return sql.list("""
                select id, week_starting, strand, district, expected, observed, control_limit, detected_at from emerging_threat
                 where week_starting between ? and ? order by week_starting desc, strand, district""",
                row -> new Alert(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class), row.getString(3), row.getString(4),
                        row.getDouble(5), row.getLong(6), row.getLong(7), row.getObject(8, OffsetDateTime.class)),
                from, to);
    }

    /** Counted reports per week from {@code first}, for every strand by district and county-wide ("strand/district"). */
    private Map<String, long[]> weeklyCounts(LocalDate first, int weeks) {
        List<String> strands = config.statistics().strands();
        List<String> districts = new ArrayList<>(config.statistics().districts());
        districts.add(ALL_DISTRICTS);
        Map<String, long[]> series = new HashMap<>();
        for (String strand : strands) {
            for (String district : districts) {
                series.put(strand + "/" + district, new long[weeks]);
            }
        }
        sql.list("select strand, district, (received_at at time zone ?)::date as day, count(*) from report_fact, unnest(strands) strand"
                + " where " + CountingRule.COUNTED + " and received_at >= ? and received_at < ? group by 1, 2, 3", row -> {
                    int week = (int) ChronoUnit.WEEKS.between(first, row.getObject(3, LocalDate.class));
                    for (String district : List.of(row.getString(2), ALL_DISTRICTS)) {
                        long[] counts = series.get(row.getString(1) + "/" + district);
                        if (counts != null && week >= 0 && week < weeks) {
                            counts[week] += row.getLong(4);
                        }
                    }
                    return null;
                }, config.zone().getId(), startOf(first), startOf(first.plusWeeks(weeks)));
        return series;
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(config.zone()).toOffsetDateTime();
    }
}
