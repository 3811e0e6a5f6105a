package org.hatecrime.analytics.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

    private static final long THRESHOLD = 10;

    /** counts plus their row totals, column totals and grand total. */
    private static long[][] withTotals(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] table = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                table[r][c] = counts[r][c];
                table[r][columns] += counts[r][c];
                table[rows][c] += counts[r][c];
                table[rows][columns] += counts[r][c];
            }
        }
        return table;
    }

    private static int withheldCount(boolean[][] withheld) {
        int n = 0;
        for (boolean[] row : withheld) {
            for (boolean cell : row) {
                n += cell ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        boolean[][] withheld = DisclosureControl.withheld(withTotals(new long[][] {{12, 30}, {15, 44}}), THRESHOLD);
        assertThat(withheldCount(withheld)).isZero();
    }

    @Test
    void oneSmallCountTakesThreeOthersWithItSoNoTotalGivesItAway() {
        long[][] table = withTotals(new long[][] {{3, 30, 25}, {15, 44, 18}, {20, 11, 60}});
        boolean[][] withheld = DisclosureControl.withheld(table, THRESHOLD);

        assertThat(withheld[0][0]).as("the small count").isTrue();
        assertThat(withheldCount(withheld)).as("the smallest rectangle of withheld cells").isEqualTo(4);
        assertThat(SubtractionAttack.exposedCells(withheld)).isEmpty();
        // the cheapest rectangle through it: 25 in its row, 15 in its column and 18 where they cross
        assertThat(withheld[0][2]).isTrue();
        assertThat(withheld[1][0]).isTrue();
        assertThat(withheld[1][2]).isTrue();
    }

    @Test
    void aSmallTotalIsWithheldAndProtectedToo() {
        // the first row adds up to 8: its total is withheld, and so are its cells, each under 10
        long[][] table = withTotals(new long[][] {{4, 4}, {20, 30}, {25, 40}});
        boolean[][] withheld = DisclosureControl.withheld(table, THRESHOLD);

        assertThat(withheld[0][2]).as("row total 8").isTrue();
        assertThat(withheld[0][0]).isTrue();
        assertThat(withheld[0][1]).isTrue();
        assertThat(SubtractionAttack.exposedCells(withheld)).isEmpty();
    }

    @Test
    void aZeroIsUnderTheThresholdLikeAnyOtherSmallCount() {
        boolean[][] withheld = DisclosureControl.withheld(withTotals(new long[][] {{0, 30}, {15, 44}}), THRESHOLD);
        assertThat(withheld[0][0]).isTrue();
        assertThat(SubtractionAttack.exposedCells(withheld)).isEmpty();
    }

    @Test
    void theAttackerFindsTheCellThatPrimarySuppressionAloneLeavesExposed() {
        // the check itself must bite: with only the small count withheld, its row total gives it away
        boolean[][] onlyPrimary = new boolean[4][4];
        onlyPrimary[0][0] = true;
        List<int[]> exposed = SubtractionAttack.exposedCells(onlyPrimary);
        assertThat(exposed).hasSize(1);
        assertThat(exposed.get(0)).containsExactly(0, 0);

        // and a bridge between two closed groups of withheld cells is exposed too, though every line has two
        boolean[][] bridged = new boolean[5][5];
        for (int[] cell : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {1, 2}}) {
            bridged[cell[0]][cell[1]] = true;
        }
        assertThat(SubtractionAttack.exposedCells(bridged)).extracting(cell -> cell[0] + "," + cell[1]).containsExactly("1,2");
        assertThat(DisclosureControl.recoverableCell(bridged)).containsExactly(1, 2);
    }

    @Test
    void noWithheldCountCanBeWorkedOutFromAnyTable() {
        Random random = new Random(20261129L);
        for (int trial = 0; trial < 400; trial++) {
            int rows = 2 + random.nextInt(9);
            int columns = 2 + random.nextInt(5);
            long[][] counts = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    // many small counts, as in a county's strands by district
                    counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(60);
                }
            }
            long[][] table = withTotals(counts);
            boolean[][] withheld = DisclosureControl.withheld(table, THRESHOLD);

            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (table[r][c] < THRESHOLD) {
                        assertThat(withheld[r][c]).as("trial %d: small count at %d,%d", trial, r, c).isTrue();
                    }
                }
            }
            assertThat(SubtractionAttack.exposedCells(withheld)).as("trial %d: cells a reader could work out", trial).isEmpty();
        }
    }
}
