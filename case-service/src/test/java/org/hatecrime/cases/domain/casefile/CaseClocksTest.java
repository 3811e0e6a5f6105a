package org.hatecrime.cases.domain.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hatecrime.cases.config.CasesConfig;
import org.hatecrime.kit.time.CalendarConfig;
import org.hatecrime.kit.time.WorkingDayCalendars;
import org.junit.jupiter.api.Test;

/** Victim updates and review requests counted in working days of England and Wales, bank holidays skipped. */
class CaseClocksTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final CalendarConfig CALENDAR = new CalendarConfig() {
        @Override
        public ZoneId zone() {
            return LONDON;
        }

        @Override
        public Map<String, NationTable> nations() {
            return Map.of("england-and-wales", new NationTable() {
                @Override
                public int firstYear() {
                    return 2026;
                }

                @Override
                public int lastYear() {
                    return 2027;
                }

                @Override
                public java.util.List<LocalDate> bankHolidays() {
                    return java.util.List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1));
                }

                @Override
                public Optional<java.util.List<LocalDate>> additionalHolidays() {
                    return Optional.empty();
                }
            });
        }
    };

    static final CasesConfig CONFIG = new CasesConfig() {
        @Override
        public Map<String, Force> forces() {
            return Map.of();
        }

        @Override
        public Map<String, String> outcomeCodes() {
            return Map.of();
        }

        @Override
        public VictimUpdates victimUpdates() {
            return new VictimUpdates() {
                @Override
                public int within() {
                    return 5;
                }

                @Override
                public int enhancedWithin() {
                    return 1;
                }

                @Override
                public String scanInterval() {
                    return "off";
                }
            };
        }

        @Override
        public Map<String, ReviewScheme> rightToReview() {
            return Map.of("police", () -> 65, "cps", () -> 5);
        }
    };

    final CaseClocks clocks = new CaseClocks(CONFIG, new WorkingDayCalendars(CALENDAR, Clock.systemUTC()));

    static OffsetDateTime london(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).atZone(LONDON).toOffsetDateTime();
    }

    @Test
    void anUpdateIsDueByTheEndOfTheFifthWorkingDay() {
        // Monday 23 November 2026: due by the end of Monday 30 November
        assertThat(clocks.dueAt(london(2026, 11, 23, 15), false).toInstant()).isEqualTo(london(2026, 12, 1, 0).toInstant());
    }

    @Test
    void withEnhancedRightsTheUpdateIsDueByTheEndOfTheNextWorkingDay() {
        // Friday 27 November 2026: due by the end of Monday 30 November
        assertThat(clocks.dueAt(london(2026, 11, 27, 15), true).toInstant()).isEqualTo(london(2026, 12, 1, 0).toInstant());
    }

    @Test
    void bankHolidaysAndWeekendsAreNotCounted() {
        // Christmas Eve 2026: 25 and 28 December and 1 January are bank holidays
        assertThat(clocks.dueAt(london(2026, 12, 24, 12), true).toInstant()).isEqualTo(london(2026, 12, 30, 0).toInstant());
        assertThat(clocks.dueAt(london(2026, 12, 24, 12), false).toInstant()).isEqualTo(london(2027, 1, 6, 0).toInstant());
    }

    @Test
    void eachReviewSchemeHasItsOwnDeadline() {
        OffsetDateTime decided = london(2026, 11, 23, 10);
        assertThat(clocks.requestBy(ReviewScheme.CPS, decided).toInstant()).isEqualTo(london(2026, 12, 1, 0).toInstant());
        assertThat(clocks.requestBy(ReviewScheme.POLICE, decided)).isAfter(clocks.requestBy(ReviewScheme.CPS, decided));
    }

    @Test
    void onlyConfiguredSchemesAreKnown() {
        assertThat(Set.of(ReviewScheme.values())).extracting(ReviewScheme::configName).containsExactlyInAnyOrder("police", "cps");
    }
}
