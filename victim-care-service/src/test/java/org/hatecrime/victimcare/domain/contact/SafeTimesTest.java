package org.hatecrime.victimcare.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of safe times the service reads, and what it refuses to guess. */
class SafeTimesTest {

    // 2026-11-23 is a Monday, 2026-11-28 a Saturday
    static final LocalDateTime MONDAY_0930 = LocalDateTime.of(2026, 11, 23, 9, 30);
    static final LocalDateTime MONDAY_1900 = LocalDateTime.of(2026, 11, 23, 19, 0);
    static final LocalDateTime SATURDAY_1100 = LocalDateTime.of(2026, 11, 28, 11, 0);
    static final LocalDateTime SATURDAY_2300 = LocalDateTime.of(2026, 11, 28, 23, 0);

    static Stream<Arguments> understoodForms() {
        return Stream.of(
                // text, read as, Monday 09:30, Monday 19:00, Saturday 11:00, Saturday 23:00
                Arguments.of("weekdays after 6pm", "weekdays 18:00–24:00", false, true, false, false),
                Arguments.of("After 6pm", "every day 18:00–24:00", false, true, false, true),
                Arguments.of("before 10am", "every day 00:00–10:00", true, false, false, false),
                Arguments.of("weekdays", "weekdays any time", true, true, false, false),
                Arguments.of("weekends", "weekends any time", false, false, true, true),
                Arguments.of("9am-5pm", "every day 09:00–17:00", true, false, true, false),
                Arguments.of("9am – 5pm", "every day 09:00–17:00", true, false, true, false),
                Arguments.of("between 9am and 5pm on weekdays", "weekdays 09:00–17:00", true, false, false, false),
                Arguments.of("weekdays 18:00 to 21:00", "weekdays 18:00–21:00", false, true, false, false),
                Arguments.of("after 9am before 5pm", "every day 09:00–17:00", true, false, true, false),
                Arguments.of("weekdays after 6pm or weekends", "weekdays 18:00–24:00; weekends any time", false, true, true, true),
                Arguments.of("saturdays after noon", "Saturday 12:00–24:00", false, false, false, true),
                Arguments.of("after 6pm on weekdays", "weekdays 18:00–24:00", false, true, false, false),
                Arguments.of("any time", "every day any time", true, true, true, true),
                Arguments.of("10pm-7am", "every day 22:00–07:00", false, false, false, true));
    }

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @MethodSource("understoodForms")
    void theDocumentedFormsAreReadIntoRules(String text, String readAs, boolean monday0930, boolean monday1900, boolean saturday1100,
            boolean saturday2300) {
        SafeTimes times = SafeTimes.parse(text);

        assertThat(times.understood()).isTrue();
        assertThat(times.readAs()).isEqualTo(readAs);
        assertThat(times.allow(MONDAY_0930)).isEqualTo(monday0930);
        assertThat(times.allow(MONDAY_1900)).isEqualTo(monday1900);
        assertThat(times.allow(SATURDAY_1100)).isEqualTo(saturday1100);
        assertThat(times.allow(SATURDAY_2300)).isEqualTo(saturday2300);
    }

    @ParameterizedTest(name = "\"{0}\" is not guessed at")
    @ValueSource(strings = {"evenings", "after 6", "when my husband is at work", "weekdays after 6pm, weekends", "after 25:00",
            "13pm-2pm", "9am-9am", "mornings or weekends", "ring twice then hang up"})
    void anythingElseIsNotUnderstoodAndAllowsNoTime(String text) {
        SafeTimes times = SafeTimes.parse(text);

        assertThat(times.understood()).isFalse();
        assertThat(times.readAs()).isNull();
        assertThat(times.allow(MONDAY_1900)).isFalse();
        assertThat(times.allow(SATURDAY_1100)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void noSafeTimesGivenSetsNoLimit(String text) {
        assertThat(SafeTimes.parse(text).allow(MONDAY_0930)).isTrue();
        assertThat(SafeTimes.parse(null).allow(SATURDAY_2300)).isTrue();
    }
}
