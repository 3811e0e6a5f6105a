package org.hatecrime.analytics.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.analytics.domain.MonthlyCounts.Dimension;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;

/**
 * The partnership's headline figures over a range of months, from the reports that count
 * ({@link CountingRule}). A report with several strands counts once under each of its strands and
 * once in the total, so the strand counts may add up to more than the total; the same holds for
 * incident types. Read from the monthly counts ({@link MonthlyCounts}, ADR 0024): a few rows per
 * month asked for, however many reports there are.
 */
@ApplicationScoped
public class ReportCounts {

    private final MonthlyCounts counts;
    private final AnalyticsConfig config;
    private final AuditLog audit;

    ReportCounts(MonthlyCounts counts, AnalyticsConfig config, AuditLog audit) {
        this.counts = counts;
        this.config = config;
        this.audit = audit;
    }

    /**
     * The figures for every month from {@code from} to {@code to}, both included; either may be
     * open. The analyst's query is audited.
     */
    @Transactional
    public Summary summary(String actor, String agency, YearMonth from, YearMonth to) {
        MonthRange.requireInOrder(from, to);
        audit.record(actor, agency, new AuditEntry("analytics.summary", "statistics", "summary",
                "analyst query " + (from == null ? "" : from) + ".." + (to == null ? "" : to)));
        return counted(from, to);
    }

    /** The same figures, for a caller that audits its own use of them (the board's report). */
    @Transactional
    public Summary figures(YearMonth from, YearMonth to) {
        MonthRange.requireInOrder(from, to);
        return counted(from, to);
    }

    private Summary counted(YearMonth from, YearMonth to) {
        Map<Dimension, Map<String, Long>> by = counts.byDimension(from, to);
        long total = sum(by.get(Dimension.TOTAL).values());
        long repeat = sum(by.get(Dimension.REPEAT).values());
        Map<String, Long> byChannel = by.get(Dimension.CHANNEL);
        long thirdParty = sum(new LinkedHashSet<>(config.thirdPartyChannels()).stream().map(channel -> byChannel.getOrDefault(channel, 0L))
                .toList());
        return new Summary(from, to, total,
                by.get(Dimension.STRAND),
                by.get(Dimension.DISTRICT),
                by.get(Dimension.TOTAL),
                byChannel,
                by.get(Dimension.REPORTER_ROLE),
                by.get(Dimension.INCIDENT_TYPE),
                Figures.share(thirdParty, total),
                Figures.share(repeat, total));
    }

    private static long sum(Collection<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
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
