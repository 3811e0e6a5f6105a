package org.hatecrime.analytics.domain.board;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The partnership board's report on a quarter: each measure for the quarter, the quarter before and
 * the same quarter a year earlier. A figure the published statistics would withhold is null.
 */
@Schema(name = "BoardReport", description = "The partnership board's quarterly report. Every count under the threshold, every count "
        + "a total would give away and every share or average of fewer people is withheld (null), as in the published statistics.")
public record BoardReport(
        @Schema(example = "2026-Q3") String quarter,
        @Schema(example = "July to September 2026") String title,
        @Schema(example = "2026-07-01") LocalDate start,
        @Schema(example = "2026-09-30") LocalDate end,
        @Schema(example = "2026-Q2") String previousQuarter,
        @Schema(example = "2025-Q3") String yearBeforeQuarter,
        @Schema(example = "2026-10-06T09:30:00Z") OffsetDateTime generatedAt,
        @Schema(description = "Counts under this are withheld", example = "10") long threshold,
        Reporting reporting,
        VictimCare victimCare,
        Justice justice,
        @Schema(description = "Emerging-threat alerts of the weeks starting in the quarter") List<Threat> emergingThreats,
        @Schema(description = "The caller's agency's prevention activities that ran in the quarter") List<Prevention> prevention) {

    /** A count in the quarter, the quarter before and a year before; null where withheld. */
    @Schema(name = "BoardReportCounts")
    public record Counts(
            @Schema(example = "312", nullable = true) Long quarter,
            @Schema(example = "287", nullable = true) Long previous,
            @Schema(example = "265", nullable = true) Long yearBefore) {
    }

    /** A share, rate or average in the three quarters; null where withheld or where there is nothing to measure. */
    @Schema(name = "BoardReportValues")
    public record Values(
            @Schema(example = "0.62", nullable = true) Double quarter,
            @Schema(example = "0.58", nullable = true) Double previous,
            @Schema(example = "0.55", nullable = true) Double yearBefore) {
    }

    @Schema(name = "BoardReportMonth")
    public record Month(@Schema(example = "2026-07") String month, @Schema(example = "104", nullable = true) Long reports) {
    }

    @Schema(name = "BoardReportReporting", description = "Counted reports (no duplicates, no withdrawn reports, none about an erased "
            + "person, only with statistics consent)")
    public record Reporting(
            Counts reports,
            @Schema(description = "Per strand, as the published statistics count them; also withheld where, read with the published "
                    + "releases of the quarter and its months, a total would give a small count away") Map<String, Counts> byStrand,
            Map<String, Counts> byDistrict,
            @Schema(description = "Share made through third-party reporting") Values thirdPartyShare,
            @Schema(description = "Share whose victim had reported before") Values repeatVictimisationRate,
            @Schema(description = "Month by month over the quarters of the trend, the reported quarter last") List<Month> byMonth) {
    }

    @Schema(name = "BoardReportVictimCare", description = "Referrals consented in each quarter")
    public record VictimCare(
            Counts referrals,
            @Schema(description = "Accepted of all referrals") Values uptake,
            @Schema(description = "Accepted of those decided") Values acceptanceRate,
            @Schema(description = "Per right of the Victims' Code with clocks: referrals with no breach of it") Map<String, Values> complianceByRight,
            @Schema(description = "Closed supports with wellbeing measured at start and close") Counts closedWithWellbeing,
            @Schema(description = "Mean change in wellbeing (SWEMWBS)") Values meanWellbeingChange,
            @Schema(description = "Satisfaction at close, per score 1 to 5") Map<String, Counts> satisfaction) {
    }

    @Schema(name = "BoardReportJustice", description = "Cases opened in each quarter")
    public record Justice(
            Counts cases,
            Counts closed,
            @Schema(description = "Closed cases per Home Office outcome code") Map<String, Counts> outcomeMix,
            Map<String, Values> chargeRateByStrand,
            @Schema(description = "Median days from the case opening to the charge") Map<String, Values> daysToChargeByStrand) {
    }

    @Schema(name = "BoardReportThreat")
    public record Threat(
            @Schema(example = "2026-08-10") LocalDate weekStarting,
            @Schema(example = "RELIGION_OR_BELIEF") String strand,
            @Schema(example = "WATFORD") String district,
            @Schema(example = "1.46") double expected,
            @Schema(description = "Withheld under the threshold", example = "15", nullable = true) Long observed,
            @Schema(example = "8") long limit) {
    }

    @Schema(name = "BoardReportPrevention", description = "A prevention activity and reporting in its district and strands before and after it")
    public record Prevention(
            @Schema(example = "Assemblies on disability hate crime, years 7 to 9") String title,
            @Schema(example = "SESSION") String kind,
            @Schema(example = "SCHOOL") String audience,
            @Schema(example = "STEVENAGE") String district,
            List<String> strands,
            LocalDate startsOn,
            LocalDate endsOn,
            @Schema(nullable = true) Integer reach,
            @Schema(description = "Weeks compared before and after", example = "12") int weeks,
            @Schema(description = "false while the weeks after have not all passed") boolean weeksPassed,
            @Schema(nullable = true) Long reportsBefore,
            @Schema(nullable = true) Long reportsAfter,
            @Schema(description = "(after - before) / before", nullable = true) Double change) {
    }
}
