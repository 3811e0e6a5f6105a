package org.hatecrime.kit.time;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A working-day count reached a year whose bank holidays are not configured. Counting on as if
 * there were none would give a deadline a bank holiday too early, so the count is refused; the
 * fix is to add the year's bank holidays to the configuration.
 */
public class DateOutsideCalendarException extends DateTimeException {

    DateOutsideCalendarException(Nation nation, LocalDate date, int firstYear, int lastYear) {
        super("%s is outside the working-day calendar of %s, which knows the bank holidays of %d to %d: add %d's to hatecrime.calendar.nations.%s"
                .formatted(date, nation.configName(), firstYear, lastYear, date.getYear(), nation.configName()));
    }
}
