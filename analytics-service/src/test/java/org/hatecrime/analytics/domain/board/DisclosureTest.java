package org.hatecrime.analytics.domain.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board report withholds what the published statistics would, so the report can be shared. */
class DisclosureTest {

    private final Disclosure disclosure = new Disclosure(10);

    @Test
    void aCountUnderTheThresholdIsWithheld() {
        assertThat(disclosure.count(9)).isNull();
        assertThat(disclosure.count(0)).isNull();
        assertThat(disclosure.count(10)).isEqualTo(10);
    }

    @Test
    void aSmallCountInABreakdownTakesAnotherWithItSoTheTotalCannotGiveItAway() {
        Map<String, Long> months = new LinkedHashMap<>();
        months.put("2012-04", 10L);
        months.put("2012-05", 12L);
        months.put("2012-06", 8L);
        Map<String, Long> shown = disclosure.breakdown(months, List.of("2012-04", "2012-05", "2012-06"));
        assertThat(shown.get("2012-06")).isNull();
        assertThat(shown.get("2012-04")).as("the smallest other count goes with it").isNull();
        assertThat(shown.get("2012-05")).isEqualTo(12);
    }

    @Test
    void aBreakdownWithNothingSmallIsShownWhole() {
        Map<String, Long> shown = disclosure.breakdown(Map.of("STEVENAGE", 14L, "WATFORD", 11L), List.of("STEVENAGE", "WATFORD"));
        assertThat(shown).containsEntry("STEVENAGE", 14L).containsEntry("WATFORD", 11L);
    }

    @Test
    void zerosAreSmallCountsTooAndHideEachOther() {
        Map<String, Long> shown = disclosure.breakdown(Map.of("STEVENAGE", 14L, "WATFORD", 3L), List.of("STEVENAGE", "WATFORD", "DACORUM"));
        assertThat(shown.get("WATFORD")).isNull();
        assertThat(shown.get("DACORUM")).isNull();
        assertThat(shown.get("STEVENAGE")).as("the withheld cells lie on a cycle already").isEqualTo(14);
    }

    @Test
    void aShareIsWithheldWhenItsPartOrTheRestWouldBeASmallCount() {
        assertThat(disclosure.share(0.5, 28)).isEqualTo(0.5);
        assertThat(disclosure.share(0.0, 28)).as("0 of 28").isNull();
        assertThat(disclosure.share(0.929, 28)).as("2 of 28 are the rest").isNull();
        assertThat(disclosure.share(0.5, 8)).as("a whole under the threshold").isNull();
        assertThat(disclosure.share(0.01, 5000)).as("50 of 5000").isEqualTo(0.01);
        assertThat(disclosure.share(0.002, 5000)).as("about 10 of 5000, within rounding of 9").isNull();
    }

    @Test
    void anAverageOfFewPeopleIsWithheld() {
        assertThat(disclosure.of(3.1, 9)).isNull();
        assertThat(disclosure.of(3.1, 10)).isEqualTo(3.1);
        assertThat(disclosure.of(null, 40)).isNull();
    }
}
