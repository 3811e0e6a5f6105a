package org.hatecrime.analytics.domain.justice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.analytics.domain.Figures;
import org.hatecrime.analytics.domain.MonthRange;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;

/**
 * What became of the cases opened in a range of months: the Home Office outcome mix, the charge
 * rate and time to charge by strand, and how often the sentence was uplifted for hostility. A case
 * with several strands counts under each. Figures only, never a case.
 */
@ApplicationScoped
public class JusticeMeasures {

    private final Sql sql;
    private final AnalyticsConfig config;
    private final AuditLog audit;

    JusticeMeasures(Sql sql, AnalyticsConfig config, AuditLog audit) {
        this.sql = sql;
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public Measures measures(String actor, String agency, YearMonth from, YearMonth to) {
        MonthRange months = MonthRange.of(from, to, config.zone());
        audit.record(actor, agency, new AuditEntry("analytics.justice", "statistics", "justice", "analyst query " + from + ".." + to));
        return figures(months, from, to);
    }

    /** The same measures, for a caller that audits its own use of them (the board's report). */
    @Transactional
    public Measures figures(YearMonth from, YearMonth to) {
        return figures(MonthRange.of(from, to, config.zone()), from, to);
    }

    private Measures figures(MonthRange months, YearMonth from, YearMonth to) {
        OffsetDateTime start = months.start();
        OffsetDateTime end = months.end();
        String cases = " from case_fact where opened_at >= ? and opened_at < ?";
        Map<String, Long> outcomes = new TreeMap<>();
        sql.list("select outcome_code, count(*)" + cases + " and outcome_code is not null group by outcome_code",
                row -> outcomes.put(row.getString(1), row.getLong(2)), start, end);
        Map<String, StrandFigures> byStrand = new TreeMap<>();
        sql.list("""
                select strand, count(*), count(charged_at),
                       percentile_cont(0.5) within group (order by extract(epoch from charged_at - opened_at) / 86400),
                       percentile_cont(0.9) within group (order by extract(epoch from charged_at - opened_at) / 86400)
                  from case_fact, unnest(strands) strand where opened_at >= ? and opened_at < ? group by strand""",
                row -> byStrand.put(row.getString(1), new StrandFigures(row.getLong(2), row.getLong(3), Figures.share(row.getLong(3), row.getLong(2)),
                        days(row.getObject(4)), days(row.getObject(5)))), start, end);
        long sentenced = sql.number("select count(*)" + cases + " and uplift_applied is not null", start, end);
        long uplifted = sql.number("select count(*)" + cases + " and uplift_applied", start, end);
        return new Measures(from, to, sql.number("select count(*)" + cases, start, end),
                sql.number("select count(*)" + cases + " and closed_at is not null", start, end), outcomes, byStrand,
                Figures.share(uplifted, sentenced));
    }

    private static Double days(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }


    @Schema(name = "StrandJusticeFigures")
    public record StrandFigures(
            @Schema(description = "Cases opened", example = "40") long cases,
            @Schema(description = "Cases charged", example = "9") long charged,
            @Schema(description = "Charged of opened, 0 to 1", example = "0.225") double chargeRate,
            @Schema(description = "Days from the case opening to the charge, median; absent without a charge", example = "34.5",
                    nullable = true) Double daysToChargeMedian,
            @Schema(description = "Days to charge, 90th percentile", example = "88.0", nullable = true) Double daysToChargeP90) {
    }

    @Schema(name = "JusticeMeasures", description = "What became of the cases opened in the months asked for. Figures only, never a case.")
    public record Measures(
            @Schema(example = "2026-01", implementation = String.class) YearMonth from,
            @Schema(example = "2026-12", implementation = String.class) YearMonth to,
            @Schema(description = "Cases opened", example = "120") long cases,
            @Schema(description = "Of those, closed", example = "71") long closed,
            @Schema(description = "Closed cases by Home Office outcome code") Map<String, Long> outcomeMix,
            @Schema(description = "By strand; a case with several strands counts under each") Map<String, StrandFigures> byStrand,
            @Schema(description = "Of sentenced cases, the share whose sentence was uplifted for hostility (Sentencing Act 2020 s.66)",
                    example = "0.8") double upliftShare) {
    }
}
