package org.hatecrime.kit.time;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working-day calendar of each configured nation ({@code hatecrime.calendar}); a clock picks
 * its nation where it counts, e.g. {@code calendars.of(Nation.ENGLAND_AND_WALES).addWorkingDays(consentedAt, 2)}.
 * The tables are checked when the service starts, so a mistyped date stops the start rather than
 * moving a deadline.
 */
@Startup
@ApplicationScoped
public class WorkingDayCalendars {

    private final Map<Nation, WorkingDayCalendar> calendars = new EnumMap<>(Nation.class);

    public WorkingDayCalendars(CalendarConfig config, Clock clock) {
        config.nations().forEach((name, table) -> {
            Nation nation = Nation.ofConfigName(name).orElseThrow(() -> new IllegalStateException(
                    "hatecrime.calendar.nations." + name + ": not a nation; use one of " + Arrays.stream(Nation.values()).map(Nation::configName).toList()));
            calendars.put(nation, new WorkingDayCalendar(nation, table.firstYear(), table.lastYear(), checkedHolidays(nation, table), config.zone(), clock));
        });
    }

    /** The calendar of {@code nation}; refused when its bank holidays are not configured. */
    public WorkingDayCalendar of(Nation nation) {
        WorkingDayCalendar calendar = calendars.get(nation);
        if (calendar == null) {
            throw new IllegalStateException("No working-day calendar for " + nation.configName()
                    + ": configure hatecrime.calendar.nations." + nation.configName() + ".first-year, last-year and bank-holidays");
        }
        return calendar;
    }

    /** England and Wales, whose working days the Victims' Code clocks count. */
    public WorkingDayCalendar englandAndWales() {
        return of(Nation.ENGLAND_AND_WALES);
    }

    private static Set<LocalDate> checkedHolidays(Nation nation, CalendarConfig.NationTable table) {
        String property = "hatecrime.calendar.nations." + nation.configName();
        if (table.firstYear() > table.lastYear()) {
            throw new IllegalStateException(property + ": first-year " + table.firstYear() + " is after last-year " + table.lastYear());
        }
        List<LocalDate> all = new ArrayList<>(table.bankHolidays());
        table.additionalHolidays().ifPresent(all::addAll);
        Set<Integer> yearsWithHolidays = new HashSet<>();
        for (LocalDate holiday : all) {
            if (holiday.getYear() < table.firstYear() || holiday.getYear() > table.lastYear()) {
                throw new IllegalStateException(property + ": bank holiday " + holiday + " is outside " + table.firstYear() + " to " + table.lastYear());
            }
            if (WorkingDayCalendar.isWeekend(holiday)) {
                // a bank holiday that falls on a weekend is observed on a substitute weekday: configure that day
                throw new IllegalStateException(property + ": bank holiday " + holiday + " is a " + holiday.getDayOfWeek()
                        + "; configure the substitute weekday instead");
            }
            yearsWithHolidays.add(holiday.getYear());
        }
        for (int year = table.firstYear(); year <= table.lastYear(); year++) {
            if (!yearsWithHolidays.contains(year)) {
                throw new IllegalStateException(property + ": no bank holidays for " + Year.of(year) + "; add them or lower last-year");
            }
        }
        return Set.copyOf(all);
    }
}
