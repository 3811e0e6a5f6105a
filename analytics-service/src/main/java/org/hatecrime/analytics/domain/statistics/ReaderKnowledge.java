package org.hatecrime.analytics.domain.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader can work out from the figures published for one quarter and its months. Every
 * figure (a cell, a district or strand total or the total, of a month or of the quarter) is the sum
 * of some of the quarter's counts by district, strand and month ({@link QuarterCounts}); a published
 * figure is an equation, and a figure can be worked out exactly when its sum follows from the
 * published ones (it is a combination of them). Releases of the same period count as tables of the
 * same counts. Integer elimination (each row divided by the greatest common divisor of its
 * coefficients), so nothing is rounded; an overflow would fail the publication rather than guess.
 * Only which figures are published matters, not their values.
 */
final class ReaderKnowledge {

    private final int districts;
    private final int strands;
    /** Independent published sums, each reduced by those before it and led by its first non-zero count. */
    private final List<long[]> sums;
    private final List<Integer> leads;

    ReaderKnowledge(int districts, int strands) {
        this(districts, strands, new ArrayList<>(), new ArrayList<>());
    }

    private ReaderKnowledge(int districts, int strands, List<long[]> sums, List<Integer> leads) {
        this.districts = districts;
        this.strands = strands;
        this.sums = sums;
        this.leads = leads;
    }

    /** A copy that learns apart from this one. */
    ReaderKnowledge copy() {
        return new ReaderKnowledge(districts, strands, new ArrayList<>(sums), new ArrayList<>(leads));
    }

    /** The reader learns every figure of a table of {@code part} that is not withheld. */
    void learnTable(int part, boolean[][] withheld) {
        for (int r = 0; r <= districts; r++) {
            for (int c = 0; c <= strands; c++) {
                if (!withheld[r][c]) {
                    learn(part, r, c);
                }
            }
        }
    }

    /** The reader learns the figure at row {@code r} (a district, or all) and column {@code c} (a strand, or all) of {@code part}. */
    void learn(int part, int r, int c) {
        long[] sum = reduced(sum(part, r, c));
        for (int k = 0; k < sum.length; k++) {
            if (sum[k] != 0) {
                sums.add(sum);
                leads.add(k);
                return;
            }
        }
    }

    /** Whether the reader can work out the figure exactly. */
    boolean worksOut(int part, int r, int c) {
        for (long coefficient : reduced(sum(part, r, c))) {
            if (coefficient != 0) {
                return false;
            }
        }
        return true;
    }

    private long[] sum(int part, int r, int c) {
        long[] sum = new long[QuarterCounts.MONTHS * districts * strands];
        for (int month = 0; month < QuarterCounts.MONTHS; month++) {
            for (int district = 0; district < districts; district++) {
                for (int strand = 0; strand < strands; strand++) {
                    boolean inPart = part == QuarterCounts.QUARTER || part == month;
                    if (inPart && (r == districts || r == district) && (c == strands || c == strand)) {
                        sum[(month * districts + district) * strands + strand] = 1;
                    }
                }
            }
        }
        return sum;
    }

    /** The sum less what the known sums explain: all zero exactly when it is a combination of them. */
    private long[] reduced(long[] sum) {
        long[] rest = sum.clone();
        for (int i = 0; i < sums.size(); i++) {
            int lead = leads.get(i);
            if (rest[lead] == 0) {
                continue;
            }
            long[] known = sums.get(i);
            long scale = known[lead];
            long times = rest[lead];
            long divisor = 0;
            for (int k = 0; k < rest.length; k++) {
                rest[k] = Math.subtractExact(Math.multiplyExact(rest[k], scale), Math.multiplyExact(known[k], times));
                divisor = gcd(divisor, rest[k]);
            }
            if (divisor > 1) {
                for (int k = 0; k < rest.length; k++) {
                    rest[k] /= divisor;
                }
            }
        }
        return rest;
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
