package org.hatecrime.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bank holiday tables come from configuration: shipped for England and Wales, extended by a deployment. */
class WorkingDayCalendarConfigTest {

    private static final String ENGLAND_AND_WALES = "hatecrime.calendar.nations.england-and-wales.";
    private static final String SCOTLAND = "hatecrime.calendar.nations.scotland.";

    @Test
    void theShippedTableFollowsTheRulesOfEnglandAndWalesFrom2024To2030() {
        WorkingDayCalendar calendar = Calendars.shipped().englandAndWales();

        for (int year = 2024; year <= 2030; year++) {
            Set<LocalDate> configured = new TreeSet<>();
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (calendar.isBankHoliday(day)) {
                    configured.add(day);
                }
            }
            assertThat(configured).as("bank holidays of %d", year).isEqualTo(EnglandAndWalesRules.bankHolidays(year));
        }
    }

    @Test
    void aBankHolidayAddedByConfigurationIsNotAWorkingDay() {
        WorkingDayCalendar calendar = Calendars.withSettings(Map.of(ENGLAND_AND_WALES + "additional-holidays", "2027-06-07"))
                .englandAndWales();

        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 6, 4), 1)).isEqualTo(LocalDate.of(2027, 6, 8));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 24))).as("the shipped table still applies").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
    }

    @Test
    void aYearAddedByConfigurationCanBeCountedInto() {
        WorkingDayCalendar calendar = Calendars.withSettings(Map.of(
                ENGLAND_AND_WALES + "last-year", "2031",
                ENGLAND_AND_WALES + "additional-holidays", "2031-01-01,2031-04-11,2031-04-14,2031-05-05,2031-05-26,2031-08-25,2031-12-25,2031-12-26"))
                .englandAndWales();

        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 5)).isEqualTo(LocalDate.of(2031, 1, 7));
    }

    @Test
    void eachUseChoosesItsNation() {
        WorkingDayCalendars calendars = Calendars.withSettings(Map.of(
                SCOTLAND + "first-year", "2025",
                SCOTLAND + "last-year", "2025",
                SCOTLAND + "bank-holidays", "2025-01-01,2025-01-02,2025-04-18,2025-05-05,2025-05-26,2025-08-04,2025-12-01,2025-12-25,2025-12-26"));
        WorkingDayCalendar scotland = calendars.of(Nation.SCOTLAND);
        WorkingDayCalendar englandAndWales = calendars.of(Nation.ENGLAND_AND_WALES);

        assertThat(scotland.isWorkingDay(LocalDate.of(2025, 1, 2))).isFalse();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 1, 2))).isTrue();
        assertThat(scotland.isWorkingDay(LocalDate.of(2025, 4, 21))).as("no Easter Monday in Scotland").isTrue();
        assertThat(englandAndWales.isWorkingDay(LocalDate.of(2025, 4, 21))).isFalse();
        assertThat(scotland.addWorkingDays(LocalDate.of(2025, 8, 1), 1)).isEqualTo(LocalDate.of(2025, 8, 5));
    }

    @Test
    void aNationWithoutATableIsRefusedByName() {
        assertThatThrownBy(() -> Calendars.shipped().of(Nation.NORTHERN_IRELAND))
                .hasMessageContaining("hatecrime.calendar.nations.northern-ireland");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of(Map.of(ENGLAND_AND_WALES + "additional-holidays", "2026-12-26"), "2026-12-26 is a SATURDAY"),
                Arguments.of(Map.of(ENGLAND_AND_WALES + "additional-holidays", "2031-01-01"), "2031-01-01 is outside 2024 to 2030"),
                Arguments.of(Map.of(ENGLAND_AND_WALES + "last-year", "2031"), "no bank holidays for 2031"),
                Arguments.of(Map.of(ENGLAND_AND_WALES + "first-year", "2031"), "first-year 2031 is after last-year 2030"),
                Arguments.of(Map.of("hatecrime.calendar.nations.wales.first-year", "2025", "hatecrime.calendar.nations.wales.last-year", "2025",
                        "hatecrime.calendar.nations.wales.bank-holidays", "2025-01-01"), "wales: not a nation"));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeInTheTableStopsTheStart(Map<String, String> settings, String message) {
        assertThatThrownBy(() -> Calendars.withSettings(settings)).hasMessageContaining(message);
    }

    /** England and Wales's standing rules, to check the shipped table against. */
    static final class EnglandAndWalesRules {

        static Set<LocalDate> bankHolidays(int year) {
            LocalDate easter = easterSunday(year);
            Set<LocalDate> days = new TreeSet<>();
            days.add(nextWeekday(LocalDate.of(year, 1, 1), days));
            days.add(easter.minusDays(2));
            days.add(easter.plusDays(1));
            days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
            days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
            days.add(nextWeekday(LocalDate.of(year, 12, 25), days));
            days.add(nextWeekday(LocalDate.of(year, 12, 26), days));
            return days;
        }

        /** A holiday on a weekend, or on a day another holiday already took, moves to the next free weekday. */
        private static LocalDate nextWeekday(LocalDate day, Set<LocalDate> taken) {
            LocalDate observed = day;
            while (WorkingDayCalendar.isWeekend(observed) || taken.contains(observed)) {
                observed = observed.plusDays(1);
            }
            return observed;
        }

        /** The Gregorian computus (the anonymous algorithm published in Nature, 1876). */
        private static LocalDate easterSunday(int year) {
            int a = year % 19;
            int b = year / 100;
            int c = year % 100;
            int d = b / 4;
            int e = b % 4;
            int f = (b + 8) / 25;
            int g = (b - f + 1) / 3;
            int h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4;
            int k = c % 4;
            int l = (32 + 2 * e + 2 * i - h - k) % 7;
            int m = (a + 11 * h + 22 * l) / 451;
            int month = (h + l - 7 * m + 114) / 31;
            int day = (h + l - 7 * m + 114) % 31 + 1;
            return LocalDate.of(year, month, day);
        }
    }
}
