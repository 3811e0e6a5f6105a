package org.hatecrime.analytics.domain.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hatecrime.kit.domain.DomainException;

/** A month ({@code 2026-07}) or a quarter ({@code 2026-Q3}) of published statistics, by the date a report was received. */
public record Period(String code, LocalDate start, LocalDate endExclusive) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-(?:Q([1-4])|(0[1-9]|1[0-2]))$");

    public static Period parse(String field, String code) {
        Matcher match = code == null ? null : FORMAT.matcher(code);
        if (match == null || !match.matches()) {
            throw new DomainException.InvalidValue(field, "must be a quarter like 2026-Q3 or a month like 2026-07");
        }
        int year = Integer.parseInt(match.group(1));
        if (match.group(2) != null) {
            LocalDate start = YearMonth.of(year, 3 * Integer.parseInt(match.group(2)) - 2).atDay(1);
            return new Period(code, start, start.plusMonths(3));
        }
        LocalDate start = YearMonth.of(year, Integer.parseInt(match.group(3))).atDay(1);
        return new Period(code, start, start.plusMonths(1));
    }

    /** The quarter the period lies in: itself for a quarter. */
    public Period quarter() {
        return parse("period", start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1));
    }

    /** The months of the period, in order: one for a month, three for a quarter. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); month.atDay(1).isBefore(endExclusive); month = month.plusMonths(1)) {
            months.add(parse("period", month.toString()));
        }
        return months;
    }

    /** The last day included. */
    public LocalDate end() {
        return endExclusive.minusDays(1);
    }
}
