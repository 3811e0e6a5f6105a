package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.hatecrime.kit.db.Sql;

/**
 * The counted reports of each month per dimension ({@code report_month_count}, ADR 0024), which
 * the figures read instead of counting {@code report_fact}. The database keeps them: triggers on
 * {@code report_fact} change them in the statement that changes a report, by {@link CountingRule},
 * with the month received in the zone of {@code report_month_zone} (the configured zone, checked at
 * start by {@link MonthlyCountsZone}). The service only reads them; it may not write them.
 */
@ApplicationScoped
public class MonthlyCounts {

    /** Where an open range starts and ends, as {@link MonthRange} opens it (1900-01-01 and 9999-01-01 there). */
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9998, 12, 1);

    /** The dimensions of the counts, as the table names them. */
    public enum Dimension {
        /** Each report once; keyed by month. */
        TOTAL("total"),
        /** Reports whose victim had reported before; keyed by month. */
        REPEAT("repeat"),
        STRAND("strand"),
        DISTRICT("district"),
        CHANNEL("channel"),
        /** {@code NOT_GIVEN} when the reporter did not say. */
        REPORTER_ROLE("reporter_role"),
        INCIDENT_TYPE("incident_type"),
        /** Keyed by district, then strand: the published tables. */
        DISTRICT_STRAND("district_strand");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        /** The name in {@code report_month_count.dimension}. */
        public String column() {
            return column;
        }

        static Dimension of(String column) {
            for (Dimension dimension : values()) {
                if (dimension.column.equals(column)) {
                    return dimension;
                }
            }
            throw new IllegalStateException("unknown dimension in report_month_count: " + column);
        }
    }

    private final Sql sql;

    MonthlyCounts(Sql sql) {
        this.sql = sql;
    }

    /**
     * Counted reports received from month {@code from} to month {@code to}, both included (either
     * null for an open end), summed over the months per dimension and key: {@link Dimension#TOTAL}
     * and {@link Dimension#REPEAT} keyed by month ({@code YYYY-MM}), the others by code. Keys that
     * count nothing are absent. Not {@link Dimension#DISTRICT_STRAND} (see {@link #byDistrictAndStrand}).
     */
    @Transactional
    public Map<Dimension, Map<String, Long>> byDimension(YearMonth from, YearMonth to) {
        Map<Dimension, Map<String, Long>> counts = new HashMap<>();
        for (Dimension dimension : Dimension.values()) {
            counts.put(dimension, new TreeMap<>());
        }
        sql.list("""
                select dimension, case when dimension in ('total', 'repeat') then to_char(month, 'YYYY-MM') else key end,
                       sum(reports)::bigint
                  from report_month_count
                 where month >= ? and month <= ? and dimension <> 'district_strand'
                 group by 1, 2""",
                row -> counts.get(Dimension.of(row.getString(1))).put(row.getString(2), row.getLong(3)), first(from), last(to));
        counts.remove(Dimension.DISTRICT_STRAND);
        return counts;
    }

    /**
     * Strand mentions of counted reports received from month {@code first} to month {@code last},
     * both included, per district and strand ({@code district -> strand -> count}); absent where none.
     */
    @Transactional
    public Map<String, Map<String, Long>> byDistrictAndStrand(YearMonth first, YearMonth last) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        sql.list("""
                select key, subkey, sum(reports)::bigint from report_month_count
                 where dimension = 'district_strand' and month >= ? and month <= ? group by 1, 2""",
                row -> counts.computeIfAbsent(row.getString(1), district -> new TreeMap<>()).put(row.getString(2), row.getLong(3)),
                first(first), last(last));
        return counts;
    }

    private static LocalDate first(YearMonth from) {
        return from == null ? FIRST : from.atDay(1);
    }

    private static LocalDate last(YearMonth to) {
        return to == null ? LAST : to.atDay(1);
    }
}
