package org.hatecrime.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days in England and Wales, over weekends and bank holidays, as the Victims' Code clocks count them. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = Calendars.shipped().englandAndWales();

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-12-20 | 1 | 2024-12-23 | Friday before Christmas: the Monday
            2024-12-20 | 2 | 2024-12-24 | Friday before Christmas: Christmas Eve is a working day
            2024-12-20 | 3 | 2024-12-27 | Christmas Day and Boxing Day skipped
            2024-12-24 | 1 | 2024-12-27 | Christmas Eve: next is the Friday after Boxing Day
            2024-03-28 | 1 | 2024-04-02 | Maundy Thursday: Good Friday, the weekend and Easter Monday skipped
            2025-04-17 | 1 | 2025-04-22 | Maundy Thursday 2025: Tuesday after Easter Monday
            2026-04-02 | 2 | 2026-04-08 | Easter 2026
            2028-04-13 | 5 | 2028-04-24 | a victim update over Easter 2028
            2025-12-22 | 5 | 2025-12-31 | a victim update over Christmas 2025
            2026-12-24 | 2 | 2026-12-30 | Christmas Eve 2026: Boxing Day is a Saturday, Monday 28th its substitute
            2027-12-24 | 1 | 2027-12-29 | Christmas 2027 on a Saturday: Monday 27th and Tuesday 28th substitute days
            2025-12-31 | 1 | 2026-01-02 | New Year's Eve: New Year's Day skipped
            2027-12-31 | 1 | 2028-01-04 | New Year's Day 2028 is a Saturday, Monday 3rd its substitute
            2025-01-04 | 1 | 2025-01-06 | a Saturday: counted from the start of Monday
            2025-01-04 | 2 | 2025-01-07 | a Saturday: two working days end on the Tuesday
            2026-04-04 | 1 | 2026-04-07 | Easter Saturday: Easter Monday skipped
            2024-12-25 | 1 | 2024-12-27 | Christmas Day: Boxing Day skipped
            2026-05-22 | 1 | 2026-05-26 | spring bank holiday Monday skipped
            2026-08-28 | 1 | 2026-09-01 | summer bank holiday Monday skipped
            2029-05-04 | 1 | 2029-05-08 | early May bank holiday Monday skipped
            2030-12-23 | 3 | 2030-12-30 | Christmas 2030
            2025-06-23 | 5 | 2025-06-30 | an ordinary week
            """)
    void addsWorkingDays(LocalDate from, int workingDays, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, workingDays)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(workingDays);
    }

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-12-24 | true  | Christmas Eve
            2024-12-25 | false | Christmas Day
            2024-12-26 | false | Boxing Day
            2024-12-27 | true  | the Friday after
            2026-12-26 | false | Boxing Day 2026, a Saturday
            2026-12-28 | false | its substitute Monday
            2027-12-27 | false | Christmas Day 2027's substitute
            2027-12-28 | false | Boxing Day 2027's substitute
            2028-01-01 | false | New Year's Day 2028, a Saturday
            2028-01-03 | false | its substitute Monday
            2025-01-01 | false | New Year's Day 2025
            2025-04-18 | false | Good Friday 2025
            2025-04-21 | false | Easter Monday 2025
            2025-04-22 | true  | the Tuesday after
            2027-03-26 | false | Good Friday 2027
            2027-03-29 | false | Easter Monday 2027
            2029-05-07 | false | early May bank holiday 2029
            2027-05-31 | false | spring bank holiday 2027
            2030-08-26 | false | summer bank holiday 2030
            2025-06-02 | true  | an ordinary Monday
            2025-06-07 | false | a Saturday
            2025-06-08 | false | a Sunday
            """)
    void tellsWorkingDays(LocalDate day, boolean working, String why) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days: due by the end of {2} ({3})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-12-20T16:00:00Z | 2 | 2024-12-24 | 2024-12-25T00:00:00Z | a Friday afternoon in winter (GMT)
            2025-06-27T22:59:00Z | 1 | 2025-06-30 | 2025-06-30T23:00:00Z | a Friday at 23:59 in London (BST)
            2025-06-27T23:30:00Z | 1 | 2025-06-30 | 2025-06-30T23:00:00Z | already Saturday in London: from the start of Monday
            2025-06-29T23:30:00Z | 1 | 2025-07-01 | 2025-07-01T23:00:00Z | still Sunday in UTC, but Monday in London
            2025-04-17T10:00:00Z | 1 | 2025-04-22 | 2025-04-22T23:00:00Z | consent on Maundy Thursday
            """)
    void aDeadlineFromAMomentEndsWithTheLastWorkingDayInLondon(Instant at, int workingDays, LocalDate lastDay, Instant passesAt, String why) {
        WorkingDayDeadline deadline = calendar.addWorkingDays(at, workingDays);

        assertThat(deadline).isEqualTo(new WorkingDayDeadline(lastDay, passesAt));
        assertThat(deadline.hasPassed(passesAt.minusSeconds(1))).isFalse();
        assertThat(deadline.hasPassed(passesAt)).isTrue();
    }

    @Test
    void aMomentWithAnOffsetCountsLikeTheSameInstant() {
        OffsetDateTime fridayEvening = OffsetDateTime.parse("2024-12-20T17:00:00+01:00");

        assertThat(calendar.addWorkingDays(fridayEvening, 2)).isEqualTo(calendar.addWorkingDays(fridayEvening.toInstant(), 2));
    }

    @Test
    void nowAndTodayComeFromTheClockInLondon() {
        // the calendars' clock stands at 2025-06-29T23:30Z: Monday 30 June in London
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(calendar.dueWithin(1).lastDay()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 20), LocalDate.of(2024, 12, 20))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 3))).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 3), LocalDate.of(2024, 12, 20))).isEqualTo(-7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEqualTo(253);
    }

    @Test
    void countingBackTheWorkingDaysAddedGivesTheSameNumberEveryDayOfTheYear() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            for (int n = 1; n <= 10; n++) {
                LocalDate due = calendar.addWorkingDays(day, n);
                assertThat(calendar.isWorkingDay(due)).as("%s + %d", day, n).isTrue();
                assertThat(calendar.workingDaysBetween(day, due)).as("%s + %d", day, n).isEqualTo(n);
            }
        }
    }

    @Test
    void aCountIntoAYearWithoutConfiguredBankHolidaysIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2030, 12, 30), 5))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("2031-01-")
                .hasMessageContaining("hatecrime.calendar.nations.england-and-wales");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2023, 12, 29))).isInstanceOf(DateOutsideCalendarException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 10)))
                .isInstanceOf(DateOutsideCalendarException.class);
    }

    @Test
    void aDeadlineIsAtLeastOneWorkingDayAway() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 6, 2), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
