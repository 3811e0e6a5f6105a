package org.hatecrime.analytics.domain.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hatecrime.kit.domain.DomainException;

/** A calendar quarter the partnership board reports on ({@code 2026-Q3}: July to September 2026). */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final String[] MONTHS = {"January to March", "April to June", "July to September", "October to December"};

    /** The quarter written {@code YYYY-Qn}; a 400 naming {@code field} otherwise. */
    public static Quarter parse(String field, String code) {
        Matcher match = code == null ? null : FORMAT.matcher(code.strip());
        if (match == null || !match.matches()) {
            throw new DomainException.InvalidValue(field, "must be a quarter written YYYY-Qn, like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
    }

    /** The quarter containing {@code day}. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, 3 * number - 2);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(2);
    }

    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    public LocalDate endExclusive() {
        return start().plusMonths(3);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter yearBefore() {
        return new Quarter(year - 1, number);
    }

    public boolean isAfter(Quarter other) {
        return year > other.year || year == other.year && number > other.number;
    }

    public String code() {
        return year + "-Q" + number;
    }

    /** As a board paper names it: "July to September 2026". */
    public String label() {
        return MONTHS[number - 1] + " " + year;
    }

    @Override
    public String toString() {
        return code();
    }
}
