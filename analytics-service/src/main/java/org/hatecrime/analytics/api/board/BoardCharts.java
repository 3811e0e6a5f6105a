package org.hatecrime.analytics.api.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hatecrime.analytics.api.charts.Charts;
import org.hatecrime.analytics.api.charts.Drawing;
import org.hatecrime.analytics.api.charts.Series;
import org.hatecrime.analytics.domain.board.BoardReport;
import org.hatecrime.kit.domain.DomainException;

/** The board report's charts, by the names the API gives them. */
public final class BoardCharts {

    /** Names in the order the report shows them. */
    public static final List<String> NAMES = List.of("reports-by-month", "reports-by-strand", "reports-by-district");

    private BoardCharts() {
    }

    /** The chart called {@code name}; a 400 naming {@code chart} for any other name. */
    public static Drawing chart(BoardReport report, String name) {
        return switch (name == null ? "" : name) {
            case "reports-by-month" -> byMonth(report);
            case "reports-by-strand" -> compared(report, "Reports by strand", report.reporting().byStrand(),
                    "Counted reports per hate crime strand (a report with several strands counts under each)");
            case "reports-by-district" -> compared(report, "Reports by district", report.reporting().byDistrict(),
                    "Counted reports per district");
            default -> throw new DomainException.InvalidValue("chart", "must be one of " + NAMES);
        };
    }

    public static List<Drawing> all(BoardReport report) {
        return NAMES.stream().map(name -> chart(report, name)).toList();
    }

    private static Drawing byMonth(BoardReport report) {
        List<String> months = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (BoardReport.Month month : report.reporting().byMonth()) {
            months.add(month.month());
            counts.add(month.reports() == null ? null : month.reports().doubleValue());
        }
        return Charts.lines("Reports by month", "Counted reports per month from " + months.get(0) + " to " + months.get(months.size() - 1)
                + "; c marks a month withheld under the disclosure rules", months, List.of(new Series("Reports", counts)));
    }

    private static Drawing compared(BoardReport report, String title, Map<String, BoardReport.Counts> counts, String description) {
        List<String> categories = new ArrayList<>();
        List<Double> quarter = new ArrayList<>();
        List<Double> previous = new ArrayList<>();
        List<Double> yearBefore = new ArrayList<>();
        counts.forEach((key, value) -> {
            categories.add(readable(key));
            quarter.add(value(value.quarter()));
            previous.add(value(value.previous()));
            yearBefore.add(value(value.yearBefore()));
        });
        return Charts.bars(title + ", " + report.quarter(), description + ": " + report.quarter() + " against " + report.previousQuarter()
                + " and " + report.yearBeforeQuarter() + "; c marks a count withheld under the disclosure rules", categories,
                List.of(new Series(report.quarter(), quarter), new Series(report.previousQuarter(), previous),
                        new Series(report.yearBeforeQuarter(), yearBefore)));
    }

    /** A code as people read it: {@code EAST_HERTFORDSHIRE} is "East Hertfordshire". */
    public static String readable(String code) {
        StringBuilder text = new StringBuilder();
        for (String word : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return text.toString();
    }

    private static Double value(Long count) {
        return count == null ? null : count.doubleValue();
    }
}
