package org.hatecrime.analytics.domain.threats;

/**
 * The method that flags an emerging threat in one series of weekly counts (one strand in one
 * district, or one strand county-wide): a negative-binomial upper control limit over a moving
 * baseline.
 *
 * <p>The baseline is the mean {@code m} and variance {@code v} of {@code baselineWeeks} weeks that
 * end {@code guardWeeks} weeks before the week tested: the guard keeps the first weeks of a surge
 * out of the baseline it is tested against, so a surge has several weeks to be seen. Hate crime counts vary more from week to week than a Poisson count would,
 * so the week's count is compared with a negative binomial distribution of that mean and variance
 * (a Poisson distribution when {@code v <= m}). The limit is the smallest count whose upper tail
 * probability is at most {@code alpha}; the week is flagged when its count reaches the limit and is
 * at least {@code minimumCount}, so that a handful of reports in a quiet series never raises an
 * alert. {@code alpha} sets the false-alarm rate; the rate and the detection delay are measured on
 * synthetic data in the tests (docs/analytics-methods.md).
 */
public record ControlLimit(int baselineWeeks, int guardWeeks, double alpha, int minimumCount) {

    /** Counts above this are not searched for a limit: any such count in a week is far beyond every baseline here. */
    private static final int SEARCH_LIMIT = 100_000;

    /** The evidence for one week: what was expected, what was seen, and the limit it had to reach. */
    public record Verdict(double expected, long observed, long limit, boolean alert) {
    }

    /** Tests week {@code week} of {@code counts} against its baseline. */
    public Verdict test(long[] counts, int week) {
        int from = week - guardWeeks - baselineWeeks;
        int to = week - guardWeeks; // exclusive
        if (from < 0) {
            return new Verdict(0, counts[week], Long.MAX_VALUE, false); // not enough history yet
        }
        double sum = 0;
        for (int w = from; w < to; w++) {
            sum += counts[w];
        }
        double mean = sum / baselineWeeks;
        double squares = 0;
        for (int w = from; w < to; w++) {
            squares += (counts[w] - mean) * (counts[w] - mean);
        }
        double variance = squares / (baselineWeeks - 1);
        long limit = Math.max(minimumCount, upperLimit(mean, variance));
        long observed = counts[week];
        return new Verdict(Math.round(mean * 100) / 100.0, observed, limit, observed >= limit);
    }

    /** The smallest count k with P(X >= k) <= alpha, X negative binomial (or Poisson) of the given mean and variance. */
    long upperLimit(double mean, double variance) {
        double m = Math.max(mean, 0.1); // an empty baseline still expects the odd report
        boolean overdispersed = variance > m * 1.0001;
        // negative binomial with r successes and success probability p: mean r(1-p)/p, variance r(1-p)/p^2
        double r = overdispersed ? m * m / (variance - m) : 0;
        double p = overdispersed ? r / (r + m) : 0;
        double pmf = overdispersed ? Math.exp(r * Math.log(p)) : Math.exp(-m); // P(X = 0)
        double below = 0; // P(X < k)
        for (int k = 0; k < SEARCH_LIMIT; k++) {
            if (1 - below <= alpha) {
                return k;
            }
            below += pmf;
            // P(X = k + 1) from P(X = k)
            pmf = overdispersed ? pmf * (k + r) / (k + 1) * (1 - p) : pmf * m / (k + 1);
        }
        return SEARCH_LIMIT;
    }
}
