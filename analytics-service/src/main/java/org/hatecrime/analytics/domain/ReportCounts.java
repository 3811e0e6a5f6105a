package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;

/**
 * The partnership's headline figures over a range of months, from the reports that count
 * ({@link CountingRule}). A report with several strands counts once under each of its strands and
 * once in the total, so the strand counts may add up to more than the total; the same holds for
 * incident types.
 */
@ApplicationScoped
public class ReportCounts {

    private final Sql sql;
    private final AnalyticsConfig config;
    private final AuditLog audit;

    ReportCounts(Sql sql, AnalyticsConfig config, AuditLog audit) {
        this.sql = sql;
        this.config = config;
        this.audit = audit;
    }

    /**
     * The figures for every month from {@code from} to {@code to}, both included; either may be
     * open. The analyst's query is audited.
     */
    @Transactional
    public Summary summary(String actor, String agency, YearMonth from, YearMonth to) {
        MonthRange months = MonthRange.of(from, to, config.zone());
        audit.record(actor, agency, new AuditEntry("analytics.summary", "statistics", "summary",
                "analyst query " + (from == null ? "" : from) + ".." + (to == null ? "" : to)));
        return figures(months, from, to);
    }

    /** The same figures, for a caller that audits its own use of them (the board's report). */
    @Transactional
    public Summary figures(YearMonth from, YearMonth to) {
        return figures(MonthRange.of(from, to, config.zone()), from, to);
    }

    private Summary figures(MonthRange months, YearMonth from, YearMonth to) {
        Range range = new Range(months.start(), months.end());
        long total = range.count("true");
        long thirdParty = range.count("channel = any(?)", (Object) config.thirdPartyChannels().toArray(String[]::new));
        long repeat = range.count("repeat_victim");
        return new Summary(from, to, total,
                range.grouped("unnest(strands)"),
                range.grouped("district"),
                range.grouped("to_char(received_at at time zone '" + config.zone().getId() + "', 'YYYY-MM')"),
                range.grouped("channel"),
                range.grouped("coalesce(reporter_role, 'NOT_GIVEN')"),
                range.grouped("unnest(incident_types)"),
                Figures.share(thirdParty, total),
                Figures.share(repeat, total));
    }


    /** The counted reports received in [start, end). */
    private final class Range {
        private final OffsetDateTime start;
        private final OffsetDateTime end;

        Range(OffsetDateTime start, OffsetDateTime end) {
            this.start = start;
            this.end = end;
        }

        long count(String condition, Object... parameters) {
            List<Object> all = new ArrayList<>(List.of(start, end));
            all.addAll(List.of(parameters));
            return sql.number("select count(*) from report_fact where " + CountingRule.COUNTED
                    + " and received_at >= ? and received_at < ? and " + condition, all.toArray());
        }

        Map<String, Long> grouped(String key) {
            Map<String, Long> counts = new TreeMap<>();
            sql.list("select k, count(*) from (select " + key + " as k from report_fact where " + CountingRule.COUNTED
                    + " and received_at >= ? and received_at < ?) counted group by k",
                    row -> counts.put(row.getString(1), row.getLong(2)), start, end);
            return counts;
        }
    }

    /** The headline figures analysts start from. */
    @Schema(name = "ReportCountSummary", description = "Counted reports (no duplicates, no withdrawn reports, none about an erased "
            + "person, only with statistics consent) received in the months asked for, by dimension; absent keys count zero. "
            + "Counts only, never a record.")
    public record Summary(
            @Schema(description = "First month included, or absent for the beginning", example = "2026-01", implementation = String.class)
            YearMonth from,
            @Schema(description = "Last month included, or absent for up to now", example = "2026-12", implementation = String.class)
            YearMonth to,
            @Schema(description = "Reports counted, each once") long totalReports,
            @Schema(description = "By hate crime strand; a report with several strands counts under each") Map<String, Long> byStrand,
            @Schema(description = "By district") Map<String, Long> byDistrict,
            @Schema(description = "By month received (YYYY-MM, UK time)") Map<String, Long> byMonth,
            @Schema(description = "By channel through which the report came in") Map<String, Long> byChannel,
            @Schema(description = "By the reporter's role; NOT_GIVEN when the reporter did not say") Map<String, Long> byReporterRole,
            @Schema(description = "By incident type; a report with several counts under each") Map<String, Long> byIncidentType,
            @Schema(description = "Share of reports made through third-party reporting (a centre, its phone line or a partner "
                    + "system), 0 to 1", example = "0.62") double thirdPartyShare,
            @Schema(description = "Share of reports whose victim had reported before, 0 to 1", example = "0.18")
            double repeatVictimisationRate) {
    }
}
