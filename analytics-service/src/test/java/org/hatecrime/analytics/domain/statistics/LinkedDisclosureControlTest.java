package org.hatecrime.analytics.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hatecrime.analytics.domain.statistics.LinkedDisclosureControl.LinkedRelease;
import org.hatecrime.analytics.domain.statistics.LinkedTablesAttack.PublicTable;
import org.junit.jupiter.api.Test;

class LinkedDisclosureControlTest {

    private static final long THRESHOLD = 10;
    private static final List<String> DISTRICTS = List.of("STEVENAGE", "WATFORD", "DACORUM", "HERTSMERE", "BROXBOURNE");
    private static final List<String> STRANDS = List.of("RACE", "DISABILITY", "RELIGION", "SEXUAL_ORIENTATION");
    private static final List<String> PERIODS = List.of("2013-01", "2013-02", "2013-03", "2013-Q1");
    private static final int STEVENAGE = 0;
    private static final int DISABILITY = 1;
    private static final int BOARD_PAPER = 4;

    /** Every count of the quarter 10 or more, except disability in Stevenage in January and in March as given. */
    private static QuarterCounts quarter(int januaryStevenageDisability, int marchStevenageDisability) {
        return new QuarterCounts(new long[][][] {
                {{12, januaryStevenageDisability, 14}, {15, 12, 10}, {11, 16, 13}},
                {{11, 12, 10}, {14, 10, 12}, {13, 11, 15}},
                {{13, marchStevenageDisability, 12}, {12, 13, 11}, {10, 14, 12}}});
    }

    /** The public releases of one quarter and its months, in the order published. */
    private static final class Publications {

        private final QuarterCounts counts;
        private final boolean linked;
        private final List<LinkedRelease> releases = new ArrayList<>();
        private final List<PublicTable> tables = new ArrayList<>();

        Publications(QuarterCounts counts, boolean linked) {
            this.counts = counts;
            this.linked = linked;
        }

        /** Publishes a month (0, 1, 2) or the quarter: with the linked tables' rule, or each table on its own as before it. */
        boolean[][] publish(int part) {
            long[][] table = counts.table(part);
            boolean[][] withheld = linked
                    ? LinkedDisclosureControl.withheld(counts, part, releases, THRESHOLD)
                    : DisclosureControl.withheld(table, THRESHOLD);
            releases.add(LinkedRelease.publicRelease(part, withheld));
            Long[][] figures = new Long[table.length][table[0].length];
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[0].length; c++) {
                    figures[r][c] = withheld[r][c] ? null : table[r][c];
                }
            }
            tables.add(new PublicTable(PERIODS.get(part), figures));
            return withheld;
        }

        /**
         * The quarter's strand totals as a board paper shows them: with the linked tables' rule
         * (ADR 0030), or from the quarter's table on its own as before it.
         */
        Long[] boardPaper() {
            long[][] table = counts.table(QuarterCounts.QUARTER);
            int all = counts.districts();
            boolean[] withheld = linked
                    ? LinkedDisclosureControl.strandTotalsWithheld(counts, releases, THRESHOLD)
                    : DisclosureControl.withheld(table, THRESHOLD)[all];
            boolean[][] notShown = new boolean[table.length][table[0].length];
            Long[][] figures = new Long[table.length][table[0].length];
            for (boolean[] line : notShown) {
                java.util.Arrays.fill(line, true);
            }
            for (int c = 0; c < counts.strands(); c++) {
                notShown[all][c] = withheld[c];
                figures[all][c] = withheld[c] ? null : table[all][c];
            }
            releases.add(LinkedRelease.boardPaper(QuarterCounts.QUARTER, notShown));
            tables.add(new PublicTable(PERIODS.get(QuarterCounts.QUARTER), figures, false));
            return java.util.Arrays.copyOf(figures[all], counts.strands());
        }

        java.util.Map<String, BigInteger> givenAway() {
            return new LinkedTablesAttack(DISTRICTS.subList(0, counts.districts()), STRANDS.subList(0, counts.strands()), tables)
                    .givenAway(THRESHOLD);
        }
    }

    @Test
    void eachTableOnItsOwnLetsTheQuarterGiveAwayAMonthsSmallCountButLinkedTablesDoNot() {
        Publications before = new Publications(quarter(3, 11), false);
        before.publish(0);
        before.publish(1);
        before.publish(2);
        before.publish(QuarterCounts.QUARTER);
        assertThat(before.givenAway()).as("26 in the quarter less 12 in February and 11 in March")
                .containsEntry("2013-01/STEVENAGE/DISABILITY", BigInteger.valueOf(3));

        Publications linked = new Publications(quarter(3, 11), true);
        linked.publish(0);
        linked.publish(1);
        linked.publish(2);
        boolean[][] quarter = linked.publish(QuarterCounts.QUARTER);
        assertThat(quarter[STEVENAGE][DISABILITY]).as("the quarter's 26 would give the 3 away").isTrue();
        assertThat(linked.givenAway()).isEmpty();
    }

    @Test
    void theLastMonthOfAQuarterPublishedFirstWithholdsWhatTheQuarterWouldGiveAway() {
        Publications before = new Publications(quarter(3, 11), false);
        for (int part : new int[] {QuarterCounts.QUARTER, 0, 1, 2}) {
            before.publish(part);
        }
        assertThat(before.givenAway()).containsEntry("2013-01/STEVENAGE/DISABILITY", BigInteger.valueOf(3));

        Publications linked = new Publications(quarter(3, 11), true);
        linked.publish(QuarterCounts.QUARTER);
        linked.publish(0);
        assertThat(linked.publish(1)[STEVENAGE][DISABILITY]).as("January and March still add up to 14 unknown").isFalse();
        boolean[][] march = linked.publish(2);
        assertThat(march[STEVENAGE][DISABILITY]).as("March's 11 would give January's 3 away").isTrue();
        assertThat(linked.givenAway()).isEmpty();
    }

    @Test
    void aMonthNotYetPublishedIsNotGivenAwayByItsQuarterAndTheOtherMonths() {
        Publications linked = new Publications(quarter(12, 3), true);
        linked.publish(QuarterCounts.QUARTER);
        linked.publish(0);
        boolean[][] february = linked.publish(1);
        assertThat(february[STEVENAGE][DISABILITY]).as("the quarter's 27 less January's 12 and February's 12 is March's 3").isTrue();
        assertThat(linked.givenAway()).isEmpty();
    }

    @Test
    void aRevisionOfAMonthWithholdsWhatItsEarlierVersionWithheld() {
        Publications linked = new Publications(quarter(3, 11), true);
        for (int part : new int[] {QuarterCounts.QUARTER, 0, 1, 2}) {
            linked.publish(part);
        }
        boolean[][] revisedMarch = linked.publish(2);
        assertThat(revisedMarch[STEVENAGE][DISABILITY]).isTrue();
        boolean[][] revisedQuarter = linked.publish(QuarterCounts.QUARTER);
        assertThat(linked.givenAway()).isEmpty();
        assertThat(revisedQuarter[STEVENAGE][DISABILITY]).as("the quarter first published it, so it stays published").isFalse();
    }

    /** One district: race 12, 11 and 13, disability 3, 12 and 11 over the quarter's months. */
    private static QuarterCounts oneDistrict() {
        return new QuarterCounts(new long[][][] {{{12, 3}}, {{11, 12}}, {{13, 11}}});
    }

    @Test
    void aBoardPaperBesideTheLaterMonthsDoesNotGiveAwayTheFirstMonthsSmallCount() {
        Publications before = new Publications(oneDistrict(), false);
        before.publish(1);
        before.publish(2);
        assertThat(before.boardPaper()).as("the quarter's table on its own shows both strands").containsExactly(36L, 26L);
        assertThat(before.givenAway()).as("the board's 26 less February's 12 and March's 11")
                .containsEntry("2013-01/ALL/DISABILITY", BigInteger.valueOf(3));

        Publications linked = new Publications(oneDistrict(), true);
        linked.publish(1);
        linked.publish(2);
        assertThat(linked.boardPaper()).as("race gives nothing away; disability would").containsExactly(36L, null);
        assertThat(linked.givenAway()).isEmpty();
    }

    @Test
    void monthsPublishedAfterABoardPaperDoNotGiveAwayASmallCountWithIt() {
        Publications before = new Publications(oneDistrict(), false);
        before.boardPaper();
        before.publish(0);
        before.publish(1);
        before.publish(2);
        assertThat(before.givenAway()).containsEntry("2013-01/ALL/DISABILITY", BigInteger.valueOf(3));

        Publications linked = new Publications(oneDistrict(), true);
        assertThat(linked.boardPaper()).as("nothing public yet: the board shows both").containsExactly(36L, 26L);
        linked.publish(0);
        linked.publish(1);
        boolean[][] march = linked.publish(2);
        assertThat(march[1][DISABILITY]).as("March's 11 with the board's 26 and February's 12 would give January's 3 away").isTrue();
        assertThat(linked.givenAway()).isEmpty();
    }

    @Test
    void aBoardPaperProtectsNothingOfItsOwnSoTheQuarterIsStillPublishedInFull() {
        Publications linked = new Publications(quarter(12, 11), true);
        linked.boardPaper();
        boolean[][] quarter = linked.publish(QuarterCounts.QUARTER);
        assertThat(java.util.Arrays.stream(quarter).flatMap(line -> java.util.stream.IntStream.range(0, line.length)
                .mapToObj(c -> line[c])).anyMatch(Boolean::booleanValue))
                .as("every count is 10 or more: what the board left out is not withheld for it").isFalse();
    }

    @Test
    void releasesAlreadyPublicAreNeverChanged() {
        QuarterCounts counts = quarter(3, 11);
        boolean[][] january = DisclosureControl.withheld(counts.table(0), THRESHOLD);
        boolean[][] asPublished = java.util.Arrays.stream(january).map(boolean[]::clone).toArray(boolean[][]::new);
        LinkedDisclosureControl.withheld(counts, QuarterCounts.QUARTER, List.of(LinkedRelease.publicRelease(0, january)), THRESHOLD);
        assertThat(january).isDeepEqualTo(asPublished);
    }

    @Test
    void noLinkedReleaseOrBoardPaperGivesAnyCountAwayWhateverIsPublishedInWhatOrder() {
        Random random = new Random(20261130L);
        int givenAwayByTablesOnTheirOwn = 0;
        for (int trial = 0; trial < 200; trial++) {
            int districts = 2 + random.nextInt(4);
            int strands = 2 + random.nextInt(3);
            long[][][] byMonth = new long[3][districts][strands];
            for (long[][] month : byMonth) {
                for (long[] district : month) {
                    for (int s = 0; s < strands; s++) {
                        // many small counts, and many just over the threshold, where linking bites
                        district[s] = random.nextInt(4) == 0 ? random.nextInt(10) : 10 + random.nextInt(15);
                    }
                }
            }
            QuarterCounts counts = new QuarterCounts(byMonth);
            Publications linked = new Publications(counts, true);
            Publications onTheirOwn = new Publications(counts, false);
            int publications = 2 + random.nextInt(5);
            for (int p = 0; p < publications; p++) {
                int part = random.nextInt(5);
                if (part == BOARD_PAPER) {
                    onTheirOwn.boardPaper();
                    linked.boardPaper();
                    continue;
                }
                onTheirOwn.publish(part);
                boolean[][] withheld = linked.publish(part);
                long[][] table = counts.table(part);
                for (int r = 0; r < table.length; r++) {
                    for (int c = 0; c < table[0].length; c++) {
                        if (table[r][c] < THRESHOLD) {
                            assertThat(withheld[r][c]).as("trial %d: small count at %d,%d", trial, r, c).isTrue();
                        }
                    }
                }
            }
            assertThat(linked.givenAway()).as("trial %d: figures a reader of every release works out", trial).isEmpty();
            givenAwayByTablesOnTheirOwn += onTheirOwn.givenAway().isEmpty() ? 0 : 1;
        }
        assertThat(givenAwayByTablesOnTheirOwn).as("the same releases, each table protected on its own (the check bites)").isGreaterThan(20);
    }
}
