package org.hatecrime.analytics.domain.threats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlLimitTest {

    static final ControlLimit METHOD = new ControlLimit(13, 4, 0.001, 5);

    /** 17 weeks at {@code level} (13 of baseline and 4 of guard), then the week tested. */
    private static long[] steadyThen(long level, long tested) {
        long[] counts = new long[18];
        Arrays.fill(counts, level);
        counts[17] = tested;
        return counts;
    }

    @Test
    void aSteadySeriesIsComparedWithPoissonItsLimitIsTheFirstCountWithATailUnderAlpha() {
        // Poisson(2): P(X >= 8) = 0.0011, P(X >= 9) = 0.00024
        assertThat(METHOD.test(steadyThen(2, 9), 17)).isEqualTo(new ControlLimit.Verdict(2.0, 9, 9, true));
        assertThat(METHOD.test(steadyThen(2, 8), 17).alert()).isFalse();
    }

    @Test
    void aQuietSeriesNeedsAtLeastTheMinimumCount() {
        // expected 0.1 a week: four reports are unusual, but too few to call a threat
        assertThat(METHOD.test(steadyThen(0, 4), 17).alert()).isFalse();
        assertThat(METHOD.test(steadyThen(0, 5), 17).alert()).isTrue();
    }

    @Test
    void aSeriesThatVariesMoreThanPoissonGetsAHigherLimit() {
        long[] erratic = {0, 6, 1, 5, 0, 7, 2, 4, 0, 6, 1, 5, 2, 2, 2, 2, 2, 9};
        ControlLimit.Verdict verdict = METHOD.test(erratic, 17);
        assertThat(verdict.expected()).isEqualTo(3.0);
        assertThat(verdict.limit()).isGreaterThan(METHOD.test(steadyThen(3, 9), 17).limit());
        assertThat(verdict.alert()).isFalse();
    }

    @Test
    void theGuardWeeksKeepTheStartOfASurgeOutOfItsOwnBaseline() {
        // a surge from week 15: weeks 15 and 16 are in the guard, not the baseline of week 17
        long[] counts = steadyThen(2, 12);
        counts[15] = 12;
        counts[16] = 12;
        assertThat(METHOD.test(counts, 17).expected()).isEqualTo(2.0);
        assertThat(METHOD.test(counts, 17).alert()).isTrue();
    }

    @Test
    void withoutEnoughHistoryNothingIsFlagged() {
        assertThat(METHOD.test(new long[] {1, 1, 1, 50}, 3).alert()).isFalse();
        assertThat(List.of(METHOD.test(new long[] {1, 1, 1, 50}, 3).limit())).containsExactly(Long.MAX_VALUE);
    }
}
