package org.hatecrime.victimcare.domain.victimscode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hatecrime.kit.time.Nation;
import org.hatecrime.kit.time.WorkingDayCalendar;
import org.hatecrime.victimcare.config.VictimsCodeConfig;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralSource;
import org.hatecrime.victimcare.domain.referral.ReferralStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When each clock is due, across weekends and bank holidays, and when it is met, overdue, missed, stopped or paused. */
class VictimsCodeClockTest {

    /** England and Wales bank holidays of 2026 and 2027, as gov.uk lists them. */
    static final Set<LocalDate> BANK_HOLIDAYS = Stream.of(
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")
            .map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES, 2026, 2027, BANK_HOLIDAYS,
            ZoneId.of("Europe/London"), Clock.systemUTC());

    /** The configured defaults: 2 and 5 working days, 2 and 2 with enhanced rights. */
    static final VictimsCodeConfig TARGETS = new VictimsCodeConfig() {
        @Override
        public int referralPassedOnWithin() {
            return 2;
        }

        @Override
        public int firstContactWithin() {
            return 5;
        }

        @Override
        public Enhanced enhanced() {
            return new Enhanced() {
                @Override
                public int referralPassedOnWithin() {
                    return 2;
                }

                @Override
                public int firstContactWithin() {
                    return 2;
                }
            };
        }

        @Override
        public String detectorInterval() {
            return "off";
        }
    };

    static Referral consentedAt(String consent, boolean enhanced, String... moves) {
        OffsetDateTime consentedAt = OffsetDateTime.parse(consent);
        Referral referral = Referral.request(new Referral.Request(ReferralSource.DIRECT, "beacon", "beacon", null, null, "STEVENAGE",
                List.of("RACE"), null, consentedAt, null), "platform", consentedAt).referral();
        if (enhanced) {
            referral.recordEnhancedRights(true, "VULNERABLE");
        }
        for (String move : moves) {
            String[] step = move.split("@");
            OffsetDateTime at = OffsetDateTime.parse(step[1]);
            switch (step[0]) {
                case "SENT" -> referral.send("platform", at);
                case "CONTACT_STOPPED" -> referral.stopContact("the victim withdrew the report", at);
                default -> referral.change(ReferralStatus.valueOf(step[0]), "SOME_REASON", "beacon-worker", at);
            }
        }
        return referral;
    }

    static List<Arguments> dueDates() {
        return List.of(
                // consent, clock, enhanced, last working day, when the target passes
                Arguments.of("2026-11-23T10:00:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2026-11-25", "2026-11-26T00:00:00Z"),
                Arguments.of("2026-11-27T10:00:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2026-12-01", "2026-12-02T00:00:00Z"),
                Arguments.of("2026-11-28T10:00:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2026-12-01", "2026-12-02T00:00:00Z"),
                Arguments.of("2026-11-23T10:00:00Z", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false, "2026-11-30", "2026-12-01T00:00:00Z"),
                Arguments.of("2026-11-23T10:00:00Z", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, true, "2026-11-25", "2026-11-26T00:00:00Z"),
                // Christmas Day on a Friday, Boxing Day's substitute on the Monday
                Arguments.of("2026-12-23T15:00:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2026-12-29", "2026-12-30T00:00:00Z"),
                // Christmas and New Year's Day
                Arguments.of("2026-12-24T09:00:00Z", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false, "2027-01-05", "2027-01-06T00:00:00Z"),
                // Good Friday and Easter Monday
                Arguments.of("2027-03-25T12:00:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2027-03-31", "2027-03-31T23:00:00Z"),
                Arguments.of("2027-03-25T12:00:00Z", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, true, "2027-03-31", "2027-03-31T23:00:00Z"),
                // 23:30 on a Sunday in UTC is already Monday in London in summer
                Arguments.of("2026-06-07T23:30:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2026-06-10", "2026-06-10T23:00:00Z"),
                // a spring bank holiday Monday
                Arguments.of("2026-05-22T12:00:00Z", VictimsCodeClock.REFERRAL_PASSED_ON, false, "2026-05-27", "2026-05-27T23:00:00Z"));
    }

    @ParameterizedTest(name = "consent {0}: {1} (enhanced {2}) due by the end of {3}")
    @MethodSource("dueDates")
    void aClockIsDueByTheEndOfItsLastWorkingDayInLondon(String consent, VictimsCodeClock clock, boolean enhanced, String lastDay,
            String passesAt) {
        ClockReading reading = clock.read(consentedAt(consent, enhanced), TARGETS, CALENDAR);

        assertThat(reading.due().lastDay()).isEqualTo(LocalDate.parse(lastDay));
        assertThat(reading.due().passesAt()).isEqualTo(Instant.parse(passesAt));
        assertThat(reading.right()).isEqualTo(VictimsCodeRight.RIGHT_4);
    }

    /** Consent on Monday 2026-11-23 10:00Z: passed on by the end of Wednesday 25th, first contact by the end of Monday 30th. */
    static final String MONDAY = "2026-11-23T10:00:00Z";

    static List<Arguments> states() {
        String sent = "SENT@" + MONDAY;
        String acknowledged = "ACKNOWLEDGED@2026-11-23T11:00:00Z";
        return List.of(
                Arguments.of("passed on at once", VictimsCodeClock.REFERRAL_PASSED_ON, false, List.of(sent), "2026-11-24T09:00:00Z", ClockState.MET),
                Arguments.of("not passed on, before the end of Wednesday", VictimsCodeClock.REFERRAL_PASSED_ON, false, List.of(),
                        "2026-11-25T23:59:59Z", ClockState.DUE),
                Arguments.of("not passed on by the end of Wednesday", VictimsCodeClock.REFERRAL_PASSED_ON, false, List.of(),
                        "2026-11-26T00:00:00Z", ClockState.OVERDUE),
                Arguments.of("passed on on Thursday", VictimsCodeClock.REFERRAL_PASSED_ON, false, List.of("SENT@2026-11-26T09:00:00Z"),
                        "2026-11-27T09:00:00Z", ClockState.MISSED),
                Arguments.of("closed before it was passed on", VictimsCodeClock.REFERRAL_PASSED_ON, false,
                        List.of("CLOSED@2026-11-24T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.STOPPED),
                Arguments.of("closed unsent after its target", VictimsCodeClock.REFERRAL_PASSED_ON, false,
                        List.of("CLOSED@2026-11-27T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.MISSED),
                Arguments.of("no contact yet on Monday evening", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false, List.of(sent, acknowledged),
                        "2026-11-30T23:59:59Z", ClockState.DUE),
                Arguments.of("no contact by the end of Monday", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false, List.of(sent, acknowledged),
                        "2026-12-01T00:00:00Z", ClockState.OVERDUE),
                Arguments.of("enhanced rights: no contact by the end of Wednesday", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, true,
                        List.of(sent, acknowledged), "2026-11-26T00:00:00Z", ClockState.OVERDUE),
                Arguments.of("contact tried on Monday", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "CONTACT_ATTEMPTED@2026-11-30T16:00:00Z"), "2026-12-10T09:00:00Z", ClockState.MET),
                Arguments.of("contact tried on Tuesday", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "CONTACT_ATTEMPTED@2026-12-01T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.MISSED),
                Arguments.of("not eligible before contact", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "NOT_ELIGIBLE@2026-11-25T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.STOPPED),
                Arguments.of("closed uncontacted after its target", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "CLOSED@2026-12-02T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.MISSED),
                Arguments.of("withdrawal before the target", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "CONTACT_STOPPED@2026-11-25T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.PAUSED),
                Arguments.of("withdrawal, then closed after the target", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "CONTACT_STOPPED@2026-11-25T09:00:00Z", "CLOSED@2026-12-03T09:00:00Z"),
                        "2026-12-10T09:00:00Z", ClockState.STOPPED),
                Arguments.of("withdrawal only after the target", VictimsCodeClock.FIRST_CONTACT_ATTEMPT, false,
                        List.of(sent, acknowledged, "CONTACT_STOPPED@2026-12-02T09:00:00Z"), "2026-12-10T09:00:00Z", ClockState.OVERDUE),
                Arguments.of("a withdrawal does not pause passing the referral on", VictimsCodeClock.REFERRAL_PASSED_ON, false,
                        List.of("CONTACT_STOPPED@2026-11-24T09:00:00Z"), "2026-11-26T00:00:00Z", ClockState.OVERDUE));
    }

    @ParameterizedTest(name = "{0}: {1} is {5}")
    @MethodSource("states")
    void aClockIsMetOverdueMissedStoppedOrPausedByTheReferralsMoves(String story, VictimsCodeClock clock, boolean enhanced,
            List<String> moves, String now, ClockState expected) {
        ClockReading reading = clock.read(consentedAt(MONDAY, enhanced, moves.toArray(String[]::new)), TARGETS, CALENDAR);

        assertThat(reading.stateAt(Instant.parse(now))).isEqualTo(expected);
        assertThat(reading.stateAt(Instant.parse(now)).breached()).isEqualTo(expected == ClockState.OVERDUE || expected == ClockState.MISSED);
    }
}
