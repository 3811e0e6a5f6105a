package org.hatecrime.analytics.domain.threats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs the method over synthetic reporting: false alarms on baseline-only years, detection delays for surges. */
final class DetectionEvaluation {

    static final int SURGE_WEEK = 40;
    static final int WEEKS_AFTER = 12;

    private final ControlLimit method;
    private final long seed;

    DetectionEvaluation(ControlLimit method, long seed) {
        this.method = method;
        this.seed = seed;
    }

    /** Alerts per series per year of baseline-only data, over strand-by-district and county-wide strand series. */
    double falseAlarmsPerSeriesYear(int years) {
        SyntheticReporting reporting = new SyntheticReporting(seed);
        long alerts = 0;
        long seriesYears = 0;
        for (int y = 0; y < years; y++) {
            long[][][] counts = reporting.generate(history() + 52, null);
            for (long[] series : allSeries(counts)) {
                for (int w = history(); w < series.length; w++) {
                    alerts += method.test(series, w).alert() ? 1 : 0;
                }
                seriesYears++;
            }
        }
        return (double) alerts / seriesYears;
    }

    private int history() {
        return method.baselineWeeks() + method.guardWeeks();
    }

    /** Weeks from the surge's start to the first alert on a series it touches; WEEKS_AFTER + 1 if none within WEEKS_AFTER. */
    List<Integer> delays(SyntheticReporting.Surge surge, int runs) {
        SyntheticReporting reporting = new SyntheticReporting(seed + surge.name().hashCode());
        List<Integer> delays = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long[][][] counts = reporting.generate(SURGE_WEEK + WEEKS_AFTER + 1, surge);
            int first = WEEKS_AFTER + 1;
            for (int s = 0; s < SyntheticReporting.STRANDS; s++) {
                List<long[]> touched = new ArrayList<>();
                boolean anyDistrict = false;
                for (int d = 0; d < SyntheticReporting.DISTRICTS; d++) {
                    if (surge.touches(s, d)) {
                        touched.add(counts[s][d]);
                        anyDistrict = true;
                    }
                }
                if (anyDistrict) {
                    touched.add(SyntheticReporting.countyWide(counts, s));
                }
                for (long[] series : touched) {
                    for (int w = SURGE_WEEK; w <= SURGE_WEEK + WEEKS_AFTER && w - SURGE_WEEK < first; w++) {
                        if (method.test(series, w).alert()) {
                            first = w - SURGE_WEEK;
                        }
                    }
                }
            }
            delays.add(first);
        }
        Collections.sort(delays);
        return delays;
    }

    static double share(List<Integer> delays, int withinWeeks) {
        return (double) delays.stream().filter(d -> d <= withinWeeks).count() / delays.size();
    }

    static int percentile(List<Integer> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private static List<long[]> allSeries(long[][][] counts) {
        List<long[]> all = new ArrayList<>();
        for (int s = 0; s < SyntheticReporting.STRANDS; s++) {
            Collections.addAll(all, counts[s]);
            all.add(SyntheticReporting.countyWide(counts, s));
        }
        return all;
    }
}
