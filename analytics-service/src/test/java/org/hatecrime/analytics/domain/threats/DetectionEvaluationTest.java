package org.hatecrime.analytics.domain.threats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of docs/analytics-methods.md, reproduced with a fixed seed: the method's false-alarm
 * rate on years without surges, and how soon it sees surges like those of June 2016 (x1.4 across
 * the board), August 2024 (x2.2 in one strand) and October 2023 (x14 in one strand in one area).
 */
class DetectionEvaluationTest {

    static final ControlLimit METHOD = new ControlLimit(13, 4, 0.001, 5);
    static final DetectionEvaluation EVALUATION = new DetectionEvaluation(METHOD, 42);
    static final int RUNS = 200;

    @Test
    void fewerThanOneFalseAlarmInTenSeriesYears() {
        double rate = EVALUATION.falseAlarmsPerSeriesYear(20);
        System.out.printf("false alarms per series per year: %.3f (66 series: %.1f a year)%n", rate, rate * 66);
        assertThat(rate).isLessThan(0.1);
    }

    @Test
    void aNationwideRiseOfFortyPercentIsSeenWithinFourWeeksNineTimesInTen() {
        List<Integer> delays = EVALUATION.delays(new SyntheticReporting.Surge("x1.4 everywhere", 1.4, -1, -1, DetectionEvaluation.SURGE_WEEK), RUNS);
        print("x1.4 in every strand and district", delays);
        assertThat(DetectionEvaluation.share(delays, 4)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void oneStrandMoreThanDoublingIsSeenWithinFourWeeksNineTimesInTen() {
        List<Integer> delays = EVALUATION.delays(new SyntheticReporting.Surge("x2.2 one strand", 2.2, 1, -1, DetectionEvaluation.SURGE_WEEK), RUNS);
        print("x2.2 in one strand everywhere", delays);
        assertThat(DetectionEvaluation.share(delays, 4)).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aFourteenfoldSurgeInOneStrandInOneDistrictIsSeenAtOnce() {
        List<Integer> delays = EVALUATION.delays(new SyntheticReporting.Surge("x14 one strand, one district", 14, 1, 4,
                DetectionEvaluation.SURGE_WEEK), RUNS);
        print("x14 in one strand in one district", delays);
        assertThat(DetectionEvaluation.percentile(delays, 0.5)).isZero();
        assertThat(DetectionEvaluation.share(delays, 1)).isGreaterThanOrEqualTo(0.95);
    }

    private static void print(String surge, List<Integer> delays) {
        System.out.printf("%s: detection delay median %d, p90 %d weeks; seen within 1 week %.2f, within 4 weeks %.2f (%d runs)%n",
                surge, DetectionEvaluation.percentile(delays, 0.5), DetectionEvaluation.percentile(delays, 0.9),
                DetectionEvaluation.share(delays, 1), DetectionEvaluation.share(delays, 4), delays.size());
    }
}
