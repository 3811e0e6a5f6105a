package org.hatecrime.analytics.api.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hatecrime.analytics.domain.board.BoardReport;

/** The report's figures as the tables a board paper shows, the same for HTML and PDF. */
final class BoardReportTables {

    /** What a withheld figure reads as. */
    static final String WITHHELD = "c";

    record Table(String heading, String note, List<String> columns, List<List<String>> rows) {
    }

    private BoardReportTables() {
    }

    static String disclosureNote(BoardReport report) {
        return WITHHELD + " = withheld: a count under " + report.threshold() + ", a count that a total would give away, or a share or "
                + "average of fewer than " + report.threshold() + " people, as in the published statistics.";
    }

    static List<Table> of(BoardReport report) {
        List<String> compared = List.of("Measure", report.quarter(), report.previousQuarter() + " (quarter before)",
                report.yearBeforeQuarter() + " (a year before)");
        List<Table> tables = new ArrayList<>();

        BoardReport.Reporting reporting = report.reporting();
        List<List<String>> headline = new ArrayList<>();
        headline.add(counts("Reports counted", reporting.reports()));
        headline.add(percents("Third-party reporting share", reporting.thirdPartyShare()));
        headline.add(percents("Repeat victimisation rate", reporting.repeatVictimisationRate()));
        tables.add(new Table("Reporting", "Counted reports: no duplicates, no withdrawn reports, none about an erased person, "
                + "only with the victim's consent to statistics.",
                compared, headline));
        tables.add(new Table("Reports by strand", "A report with several strands counts under each.", compared,
                countRows(reporting.byStrand())));
        tables.add(new Table("Reports by district", null, compared, countRows(reporting.byDistrict())));

        BoardReport.VictimCare care = report.victimCare();
        List<List<String>> victimCare = new ArrayList<>();
        victimCare.add(counts("Referrals (by month of consent)", care.referrals()));
        victimCare.add(percents("Referral uptake (accepted of all)", care.uptake()));
        victimCare.add(percents("Acceptance (accepted of decided)", care.acceptanceRate()));
        care.complianceByRight().forEach((right, values) ->
                victimCare.add(percents("Victims' Code compliance, right " + right.replace("RIGHT_", ""), values)));
        victimCare.add(counts("Supports closed with wellbeing measured", care.closedWithWellbeing()));
        victimCare.add(numbers("Mean wellbeing change (SWEMWBS)", care.meanWellbeingChange()));
        care.satisfaction().forEach((score, counts) -> victimCare.add(counts("Satisfaction " + score + " of 5", counts)));
        tables.add(new Table("Victim care", "Referrals consented in each quarter.", compared, victimCare));

        BoardReport.Justice justice = report.justice();
        List<List<String>> cases = new ArrayList<>();
        cases.add(counts("Cases opened", justice.cases()));
        cases.add(counts("Of those, closed", justice.closed()));
        justice.outcomeMix().forEach((code, counts) -> cases.add(counts("Outcome " + code + " (Home Office code)", counts)));
        justice.chargeRateByStrand().forEach((strand, values) ->
                cases.add(percents("Charge rate, " + BoardCharts.readable(strand), values)));
        justice.daysToChargeByStrand().forEach((strand, values) ->
                cases.add(numbers("Median days to charge, " + BoardCharts.readable(strand), values)));
        tables.add(new Table("Justice", "Cases opened in each quarter.", compared, cases));

        List<List<String>> threats = new ArrayList<>();
        for (BoardReport.Threat threat : report.emergingThreats()) {
            threats.add(List.of(threat.weekStarting().toString(), BoardCharts.readable(threat.strand()),
                    "ALL".equals(threat.district()) ? "County-wide" : BoardCharts.readable(threat.district()),
                    String.format(Locale.ROOT, "%.1f", threat.expected()), count(threat.observed()), Long.toString(threat.limit())));
        }
        tables.add(new Table("Emerging threats raised in the quarter", threats.isEmpty() ? "None raised." : null,
                List.of("Week starting", "Strand", "District", "Expected", "Observed", "Limit"), threats));

        List<List<String>> prevention = new ArrayList<>();
        for (BoardReport.Prevention activity : report.prevention()) {
            prevention.add(List.of(activity.title(), BoardCharts.readable(activity.kind()) + ", " + BoardCharts.readable(activity.district()),
                    activity.startsOn() + " to " + activity.endsOn(),
                    activity.weeksPassed() ? count(activity.reportsBefore()) : "-",
                    activity.weeksPassed() ? count(activity.reportsAfter()) : "not yet",
                    activity.change() == null ? (activity.weeksPassed() ? WITHHELD : "-") : percent(activity.change())));
        }
        int weeks = report.prevention().isEmpty() ? 0 : report.prevention().get(0).weeks();
        tables.add(new Table("Prevention activity", report.prevention().isEmpty() ? "No activity logged by your agency in the quarter."
                : "Counted reports in each activity's district and strands in the " + weeks + " weeks before it started and after it "
                + "ended: an association, not proof of an effect.",
                List.of("Activity", "Kind and district", "When", "Reports before", "Reports after", "Change"), prevention));
        return tables;
    }

    private static List<List<String>> countRows(Map<String, BoardReport.Counts> counts) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((key, value) -> rows.add(counts(BoardCharts.readable(key), value)));
        return rows;
    }

    private static List<String> counts(String label, BoardReport.Counts counts) {
        return List.of(label, count(counts.quarter()), count(counts.previous()), count(counts.yearBefore()));
    }

    private static List<String> percents(String label, BoardReport.Values values) {
        return List.of(label, percent(values.quarter()), percent(values.previous()), percent(values.yearBefore()));
    }

    private static List<String> numbers(String label, BoardReport.Values values) {
        return List.of(label, number(values.quarter()), number(values.previous()), number(values.yearBefore()));
    }

    static String count(Long count) {
        return count == null ? WITHHELD : count.toString();
    }

    static String percent(Double share) {
        return share == null ? WITHHELD : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String number(Double value) {
        return value == null ? WITHHELD : String.format(Locale.ROOT, "%.1f", value);
    }
}
