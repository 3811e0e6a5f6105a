package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.kit.db.Sql;

/**
 * The figures as they were computed before the monthly counts (ADR 0024): by counting the rows of
 * {@code report_fact} that {@link CountingRule} counts, received in the instants the months asked
 * for span in the configured zone. What the monthly counts must always equal. Call it inside a
 * transaction.
 */
@ApplicationScoped
public class CountedByScanning {

    private final Sql sql;
    private final AnalyticsConfig config;

    CountedByScanning(Sql sql, AnalyticsConfig config) {
        this.sql = sql;
        this.config = config;
    }

    /** {@link ReportCounts#figures} by scanning: the nine queries the summary ran before. */
    public ReportCounts.Summary summary(YearMonth from, YearMonth to) {
        MonthRange months = MonthRange.of(from, to, config.zone());
        OffsetDateTime start = months.start();
        OffsetDateTime end = months.end();
        long total = count(start, end, "true");
        long thirdParty = count(start, end, "channel = any(?)", (Object) config.thirdPartyChannels().toArray(String[]::new));
        long repeat = count(start, end, "repeat_victim");
        return new ReportCounts.Summary(from, to, total,
                grouped(start, end, "unnest(strands)"),
                grouped(start, end, "district"),
                grouped(start, end, "to_char(received_at at time zone '" + config.zone().getId() + "', 'YYYY-MM')"),
                grouped(start, end, "channel"),
                grouped(start, end, "coalesce(reporter_role, 'NOT_GIVEN')"),
                grouped(start, end, "unnest(incident_types)"),
                Figures.share(thirdParty, total),
                Figures.share(repeat, total));
    }

    /** Counted reports by district and strand received in the months from {@code first} to {@code last}, by scanning. */
    public Map<String, Map<String, Long>> byDistrictAndStrand(YearMonth first, YearMonth last) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        sql.list("select district, strand, count(*) from report_fact, unnest(strands) strand where " + CountingRule.COUNTED
                + " and received_at >= ? and received_at < ? group by district, strand",
                row -> counts.computeIfAbsent(row.getString(1), district -> new TreeMap<>()).put(row.getString(2), row.getLong(3)),
                first.atDay(1).atStartOfDay(config.zone()).toOffsetDateTime(),
                last.plusMonths(1).atDay(1).atStartOfDay(config.zone()).toOffsetDateTime());
        return counts;
    }

    /**
     * What {@code report_month_count} must hold, row for row, counted from {@code report_fact}
     * dimension by dimension: {@code month|dimension|key|subkey -> reports}.
     */
    public Map<String, Long> monthlyCounts() {
        String month = "date_trunc('month', received_at at time zone '" + config.zone().getId() + "')::date";
        String counted = "from report_fact where " + CountingRule.COUNTED;
        Map<String, Long> rows = new TreeMap<>();
        sql.list("select " + month + ", 'total', '', '', count(*) " + counted + " group by 1"
                + " union all select " + month + ", 'repeat', '', '', count(*) " + counted + " and repeat_victim group by 1"
                + " union all select m, 'strand', k, '', count(*) from (select " + month + " m, unnest(strands) k " + counted + ") s group by 1, 3"
                + " union all select " + month + ", 'district', district, '', count(*) " + counted + " group by 1, 3"
                + " union all select " + month + ", 'channel', channel, '', count(*) " + counted + " group by 1, 3"
                + " union all select " + month + ", 'reporter_role', coalesce(reporter_role, 'NOT_GIVEN'), '', count(*) " + counted
                + " group by 1, 3"
                + " union all select m, 'incident_type', k, '', count(*) from (select " + month + " m, unnest(incident_types) k " + counted
                + ") s group by 1, 3"
                + " union all select m, 'district_strand', district, k, count(*) from (select " + month + " m, district, unnest(strands) k "
                + counted + ") s group by 1, 3, 4",
                row -> rows.put(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|" + row.getString(4), row.getLong(5)));
        return rows;
    }

    /** The rows of {@code report_month_count}, as {@link #monthlyCounts()} gives them. */
    public Map<String, Long> kept() {
        Map<String, Long> rows = new TreeMap<>();
        sql.list("select month, dimension, key, subkey, reports from report_month_count",
                row -> rows.put(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|" + row.getString(4), row.getLong(5)));
        return rows;
    }

    private long count(OffsetDateTime start, OffsetDateTime end, String condition, Object... parameters) {
        List<Object> all = new ArrayList<>(List.of(start, end));
        all.addAll(List.of(parameters));
        return sql.number("select count(*) from report_fact where " + CountingRule.COUNTED
                + " and received_at >= ? and received_at < ? and " + condition, all.toArray());
    }

    private Map<String, Long> grouped(OffsetDateTime start, OffsetDateTime end, String key) {
        Map<String, Long> counts = new TreeMap<>();
        sql.list("select k, count(*) from (select " + key + " as k from report_fact where " + CountingRule.COUNTED
                + " and received_at >= ? and received_at < ?) counted group by k",
                row -> counts.put(row.getString(1), row.getLong(2)), start, end);
        return counts;
    }
}
