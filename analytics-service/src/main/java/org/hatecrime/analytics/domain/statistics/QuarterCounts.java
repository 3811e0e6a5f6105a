package org.hatecrime.analytics.domain.statistics;

/**
 * The counts of one quarter by district, strand and month: the finest figures every table of the
 * quarter and of its months adds up. A table is named by its part of the quarter: its first, second
 * or third month ({@code 0}, {@code 1}, {@code 2}) or the whole quarter ({@link #QUARTER}).
 */
public final class QuarterCounts {

    public static final int QUARTER = 3;
    static final int MONTHS = 3;

    private final long[][][] byMonth;

    /** {@code byMonth[month][district][strand]}, three months. */
    public QuarterCounts(long[][][] byMonth) {
        if (byMonth.length != MONTHS) {
            throw new IllegalArgumentException("a quarter has three months, not " + byMonth.length);
        }
        this.byMonth = byMonth;
    }

    public int districts() {
        return byMonth[0].length;
    }

    public int strands() {
        return byMonth[0][0].length;
    }

    /** The table of a part of the quarter as a release publishes it: cells, district totals, strand totals and the total. */
    public long[][] table(int part) {
        int rows = districts();
        int columns = strands();
        long[][] table = new long[rows + 1][columns + 1];
        for (int month = 0; month < MONTHS; month++) {
            if (part != QUARTER && part != month) {
                continue;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    long value = byMonth[month][r][c];
                    table[r][c] += value;
                    table[r][columns] += value;
                    table[rows][c] += value;
                    table[rows][columns] += value;
                }
            }
        }
        return table;
    }
}
