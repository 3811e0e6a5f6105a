package org.hatecrime.analytics.domain.threats;

import java.util.Arrays;
import java.util.Random;

/**
 * Synthetic weekly reporting for a county of ten districts and six strands, for measuring the
 * detection method: strand levels and district sizes like a shire county's, a yearly season of
 * ±15%, and week-to-week variation beyond Poisson (a gamma-distributed weekly rate, shape 8).
 * Surges multiply the rate of the series they touch from a given week on.
 */
final class SyntheticReporting {

    static final int DISTRICTS = 10;
    static final int STRANDS = 6;
    /** Weekly reports per strand in an average district: race, religion, sexual orientation, disability, transgender, other. */
    private static final double[] STRAND_RATE = {4.0, 1.0, 1.2, 0.8, 0.4, 0.6};
    private static final double[] DISTRICT_SIZE = {0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 1.3, 1.6};
    private static final double SEASON = 0.15;
    private static final double GAMMA_SHAPE = 8;

    /** A multiplier from a week on, on one strand (or all, -1) in one district (or all, -1). */
    record Surge(String name, double factor, int strand, int district, int fromWeek) {
        boolean touches(int s, int d) {
            return (strand < 0 || strand == s) && (district < 0 || district == d);
        }
    }

    private final Random random;

    SyntheticReporting(long seed) {
        this.random = new Random(seed);
    }

    /** counts[strand][district][week] for {@code weeks} weeks, with the surge (or none). */
    long[][][] generate(int weeks, Surge surge) {
        long[][][] counts = new long[STRANDS][DISTRICTS][weeks];
        int phase = random.nextInt(52);
        for (int s = 0; s < STRANDS; s++) {
            for (int d = 0; d < DISTRICTS; d++) {
                for (int w = 0; w < weeks; w++) {
                    double rate = STRAND_RATE[s] * DISTRICT_SIZE[d] * (1 + SEASON * Math.sin(2 * Math.PI * (w + phase) / 52));
                    if (surge != null && w >= surge.fromWeek() && surge.touches(s, d)) {
                        rate *= surge.factor();
                    }
                    counts[s][d][w] = poisson(rate * gamma(GAMMA_SHAPE) / GAMMA_SHAPE);
                }
            }
        }
        return counts;
    }

    /** The county-wide series of a strand: its districts added up. */
    static long[] countyWide(long[][][] counts, int strand) {
        long[] total = new long[counts[strand][0].length];
        for (long[] district : counts[strand]) {
            for (int w = 0; w < total.length; w++) {
                total[w] += district[w];
            }
        }
        return total;
    }

    private long poisson(double mean) {
        if (mean > 60) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** Gamma(shape, scale 1) by Marsaglia and Tsang (shape >= 1). */
    private double gamma(double shape) {
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = Math.pow(1 + c * x, 3);
            if (v > 0 && Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    @Override
    public String toString() {
        return "strand rates " + Arrays.toString(STRAND_RATE) + ", district sizes " + Arrays.toString(DISTRICT_SIZE);
    }
}
