package org.hatecrime.kit.time;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working days in one nation: Monday to Friday except its bank holidays, in its time zone. The
 * Victims' Code clocks count in it: a referral passed on within 2 working days of consent, a
 * victim update within 5 (1 with enhanced rights).
 *
 * <p>Something due within n working days is due by the end of the n-th working day after the day
 * it started. A clock started on a weekend or bank holiday runs from the start of the next working
 * day, so a report made on a Saturday and due within 1 working day is due by Monday night. Days
 * are told apart in the calendar's time zone, not in UTC: 00:30 on a Monday in summer is Monday.
 *
 * <p>A count that reaches a year outside the calendar is refused ({@link DateOutsideCalendarException}).
 */
public final class WorkingDayCalendar {

    private final Nation nation;
    private final int firstYear;
    private final int lastYear;
    private final Set<LocalDate> bankHolidays;
    private final ZoneId zone;
    private final Clock clock;

    public WorkingDayCalendar(Nation nation, int firstYear, int lastYear, Set<LocalDate> bankHolidays, ZoneId zone, Clock clock) {
        this.nation = nation;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.bankHolidays = Set.copyOf(bankHolidays);
        this.zone = zone;
        this.clock = clock;
    }

    public Nation nation() {
        return nation;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Monday to Friday, and not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        requireKnown(day);
        return !isWeekend(day) && !bankHolidays.contains(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        requireKnown(day);
        return bankHolidays.contains(day);
    }

    /** The n-th working day after {@code day}; {@code day} itself need not be a working day. */
    public LocalDate addWorkingDays(LocalDate day, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline is at least 1 working day away, not " + workingDays);
        }
        requireKnown(day);
        LocalDate current = day;
        int counted = 0;
        while (counted < workingDays) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** Due within {@code workingDays} of something that happened at {@code at}. */
    public WorkingDayDeadline addWorkingDays(Instant at, int workingDays) {
        LocalDate lastDay = addWorkingDays(at.atZone(zone).toLocalDate(), workingDays);
        return new WorkingDayDeadline(lastDay, lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Due within {@code workingDays} of something that happened at {@code at}. */
    public WorkingDayDeadline addWorkingDays(OffsetDateTime at, int workingDays) {
        return addWorkingDays(at.toInstant(), workingDays);
    }

    /** Due within {@code workingDays} from now, e.g. the victim update a charge calls for. */
    public WorkingDayDeadline dueWithin(int workingDays) {
        return addWorkingDays(clock.instant(), workingDays);
    }

    /** Today in the calendar's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}; negative when {@code to} is earlier.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        requireKnown(from);
        requireKnown(to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private void requireKnown(LocalDate day) {
        if (day.getYear() < firstYear || day.getYear() > lastYear) {
            throw new DateOutsideCalendarException(nation, day, firstYear, lastYear);
        }
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
