package org.hatecrime.analytics.domain.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hatecrime.analytics.domain.statistics.DisclosureControl;

/**
 * Withholds from the board's report every figure the published statistics would withhold, because
 * board papers are shared beyond the partnership: counts under the threshold, any count of a
 * breakdown that its total would give away ({@link DisclosureControl}), and any share from which a
 * small count could be worked back.
 */
public final class Disclosure {

    /** How far a share rounded to three decimals may be from the true one, as a part of its whole. */
    private static final double ROUNDING = 0.0005;

    private final long threshold;

    public Disclosure(long threshold) {
        this.threshold = threshold;
    }

    public long threshold() {
        return threshold;
    }

    /** The count, or null when it is under the threshold. */
    public Long count(long count) {
        return count < threshold ? null : count;
    }

    /**
     * A breakdown whose counts add up to a total the report also shows: each count, or null where
     * withheld; secondary suppression keeps a withheld count from being worked out by subtraction.
     * Keys not in {@code order} follow it in their own order.
     */
    public Map<String, Long> breakdown(Map<String, Long> counts, List<String> order) {
        List<String> keys = new java.util.ArrayList<>(order);
        counts.keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
        if (keys.isEmpty()) {
            return Map.of();
        }
        // one column of counts and its copy as the row totals, so the table has the margins DisclosureControl expects
        long[][] table = new long[keys.size() + 1][2];
        for (int r = 0; r < keys.size(); r++) {
            long count = counts.getOrDefault(keys.get(r), 0L);
            table[r][0] = count;
            table[r][1] = count;
            table[keys.size()][0] += count;
            table[keys.size()][1] += count;
        }
        boolean[][] withheld = keys.size() == 1 ? new boolean[][] {{table[0][0] < threshold}} : DisclosureControl.withheld(table, threshold);
        Map<String, Long> shown = new LinkedHashMap<>();
        for (int r = 0; r < keys.size(); r++) {
            shown.put(keys.get(r), withheld[r][0] ? null : table[r][0]);
        }
        return shown;
    }

    /**
     * A share (0 to 1, rounded to three decimals) of {@code whole}, or null when the whole, the part
     * or the rest is under the threshold: a published share and its whole would give the small count away.
     */
    public Double share(double share, long whole) {
        double slack = ROUNDING * whole;
        double part = share * whole;
        // the smallest whole number of people the part (or the rest) could be, given the rounding
        if (whole < threshold || Math.ceil(part - slack - 1e-9) < threshold || Math.ceil(whole - part - slack - 1e-9) < threshold) {
            return null;
        }
        return share;
    }

    /** A statistic (a mean, a median) of {@code people}, or null when they are fewer than the threshold. */
    public Double of(Double statistic, long people) {
        return statistic == null || people < threshold ? null : statistic;
    }
}
