package org.hatecrime.analytics.domain.victimcare;

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
 * How victims fared with the support they were referred to, for the referrals consented in a range
 * of months: uptake and acceptance, Victims' Code compliance per right and per agency, wellbeing
 * change and satisfaction. Figures only, never a referral.
 */
@ApplicationScoped
public class VictimCareMeasures {

    private final Sql sql;
    private final AnalyticsConfig config;
    private final AuditLog audit;

    VictimCareMeasures(Sql sql, AnalyticsConfig config, AuditLog audit) {
        this.sql = sql;
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public Measures measures(String actor, String agency, YearMonth from, YearMonth to) {
        MonthRange months = MonthRange.of(from, to, config.zone());
        audit.record(actor, agency, new AuditEntry("analytics.victim-care", "statistics", "victim-care",
                "analyst query " + from + ".." + to));
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
        String inRange = " from referral_fact where consented_at >= ? and consented_at < ?";
        long referrals = sql.number("select count(*)" + inRange, start, end);
        long accepted = sql.number("select count(*)" + inRange + " and accepted_at is not null", start, end);
        long declined = sql.number("select count(*)" + inRange + " and declined_at is not null and accepted_at is null", start, end);
        Map<String, Long> breachedByRight = grouped("""
                select 'RIGHT_' || b.right_number, count(distinct b.referral_id) from victims_code_breach_fact b
                  join referral_fact r using (referral_id) where r.consented_at >= ? and r.consented_at < ? group by 1""", start, end);
        Map<String, Double> complianceByAgency = new TreeMap<>();
        sql.list("""
                select r.agency, count(*), count(*) filter (where exists
                       (select 1 from victims_code_breach_fact b where b.referral_id = r.referral_id))
                  from referral_fact r where r.consented_at >= ? and r.consented_at < ? group by r.agency""",
                row -> complianceByAgency.put(row.getString(1), Figures.share(row.getLong(2) - row.getLong(3), row.getLong(2))), start, end);
        Map<String, Double> complianceByRight = new TreeMap<>();
        for (int right : config.victimsCodeRightsWithClocks()) {
            breachedByRight.putIfAbsent("RIGHT_" + right, 0L);
        }
        breachedByRight.forEach((right, breached) -> complianceByRight.put(right, Figures.share(referrals - breached, referrals)));
        Wellbeing wellbeing = sql.first("""
                select count(wellbeing_change), avg(wellbeing_change),
                       percentile_cont(0.25) within group (order by wellbeing_change),
                       percentile_cont(0.5) within group (order by wellbeing_change),
                       percentile_cont(0.75) within group (order by wellbeing_change)""" + inRange + " and wellbeing_change is not null",
                row -> new Wellbeing(row.getLong(1), round(row.getDouble(2)), round(row.getDouble(3)), round(row.getDouble(4)),
                        round(row.getDouble(5))), start, end).orElseThrow();
        return new Measures(from, to, referrals, grouped("select source, count(*)" + inRange + " group by source", start, end),
                grouped("select provider, count(*)" + inRange + " group by provider", start, end),
                Figures.share(accepted, referrals), Figures.share(accepted, accepted + declined),
                Figures.share(sql.number("select count(*)" + inRange + " and enhanced_rights", start, end), referrals),
                complianceByRight, breachedByRight, complianceByAgency, wellbeing,
                grouped("select satisfaction::text, count(*)" + inRange + " and satisfaction is not null group by satisfaction", start, end),
                accepted, accepted + declined);
    }

    private Map<String, Long> grouped(String query, Object... parameters) {
        Map<String, Long> counts = new TreeMap<>();
        sql.list(query, row -> counts.put(row.getString(1), row.getLong(2)), parameters);
        return counts;
    }


    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Schema(name = "WellbeingChange", description = "Change in SWEMWBS metric score (7 to 35) from the start to the close of support")
    public record Wellbeing(
            @Schema(description = "Closed supports with both scores", example = "41") long closed,
            @Schema(example = "3.1") double mean,
            @Schema(example = "0.8") double lowerQuartile,
            @Schema(example = "2.9") double median,
            @Schema(example = "5.2") double upperQuartile) {
    }

    @Schema(name = "VictimCareMeasures", description = "Referrals consented in the months asked for: uptake, acceptance, the "
            + "Victims' Code, wellbeing and satisfaction. Figures only, never a referral.")
    public record Measures(
            @Schema(example = "2026-01", implementation = String.class) YearMonth from,
            @Schema(example = "2026-12", implementation = String.class) YearMonth to,
            @Schema(description = "Referrals consented in the period", example = "120") long referrals,
            @Schema(description = "By how the referral came: REPORT, SELF_REFERRAL, DIRECT") Map<String, Long> bySource,
            @Schema(description = "By victim service") Map<String, Long> byProvider,
            @Schema(description = "Share of referrals the victim accepted support on, 0 to 1", example = "0.58") double uptake,
            @Schema(description = "Share accepted of those decided (accepted or declined, unable to contact, not eligible)",
                    example = "0.74") double acceptanceRate,
            @Schema(description = "Share of referrals whose victim has enhanced rights under the Code", example = "0.21")
            double enhancedRightsShare,
            @Schema(description = "Per right of the Victims' Code with clocks (RIGHT_4: referral passed on, first contact): share "
                    + "of referrals with no breach of it, 0 to 1") Map<String, Double> complianceByRight,
            @Schema(description = "Per right: referrals with a breach of it") Map<String, Long> breachedByRight,
            @Schema(description = "Per agency working the referrals: share with no breach of any right") Map<String, Double> complianceByAgency,
            Wellbeing wellbeingChange,
            @Schema(description = "Satisfaction at the close of support, 1 (very dissatisfied) to 5 (very satisfied): count per score")
            Map<String, Long> satisfaction,
            @Schema(description = "Referrals the victim accepted support on", example = "70") long accepted,
            @Schema(description = "Referrals decided: accepted, declined, unable to contact or not eligible", example = "94") long decided) {
    }
}
