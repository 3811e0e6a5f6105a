package org.hatecrime.analytics.domain.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Withholds what a table would give away together with the releases it is linked to. A quarter's
 * figure is the sum of its three months' figures at the same place (a district's strand, a
 * district total, a strand total, the total), so a month's withheld cell is the quarter's cell less
 * the other two months', whichever was published first; and a revision is one more table of its
 * period. {@link DisclosureControl} protects each table on its own; this class protects them together.
 *
 * <p>The releases linked to a new table are every public release of its quarter and of the
 * quarter's months, every version, and every board paper that showed figures of the quarter: a
 * reader is taken to hold them all and to read the versions of a period as tables of the same
 * counts. The figures to keep from that reader are
 * <ul>
 *   <li>every figure withheld in one of those public releases or in the new table, and</li>
 *   <li>every figure under the threshold of the quarter or of any of its months, published or not
 *   (a month not yet published is the quarter less the months that are),</li>
 * </ul>
 * leaving aside those the public releases already give away (nothing published now can hide them).
 * <p>The rule: start from the table's own disclosure control; while the reader can work out one of
 * those figures exactly from all the linked releases and the new table ({@link ReaderKnowledge}),
 * withhold in the new table the figure at the same place, or (if it is withheld already) the
 * cheapest published figure on that place's row or column whose withholding stops it (else the
 * cheapest on them, else the cheapest of the table); then
 * run the table's own disclosure control again so no total of its own gives the new withheld cell
 * away. Each round withholds one more figure of the new table, and a table withholding everything
 * tells the reader nothing new, so it ends; it ends only when no such figure can be worked out.
 * Releases already public are never changed. Finally a figure withheld only for protection that the
 * public releases give away anyway is published: withholding it protects nothing.
 */
public final class LinkedDisclosureControl {

    private LinkedDisclosureControl() {
    }

    /**
     * Which figures of a table of the quarter or of one of its months a reader holds are withheld:
     * a public release, whose withheld figures stay protected, or a board paper ({@code protects}
     * false), which shows only some figures and whose missing ones are simply not in it (ADR 0030).
     */
    public record LinkedRelease(int part, boolean[][] withheld, boolean protects) {

        public static LinkedRelease publicRelease(int part, boolean[][] withheld) {
            return new LinkedRelease(part, withheld, true);
        }

        public static LinkedRelease boardPaper(int part, boolean[][] withheld) {
            return new LinkedRelease(part, withheld, false);
        }
    }

    private record Figure(int part, int r, int c) {
    }

    /**
     * The figures to withhold in the table of {@code part} of the quarter ({@link QuarterCounts#table}),
     * given the public releases of the quarter and its months.
     */
    public static boolean[][] withheld(QuarterCounts counts, int part, List<LinkedRelease> linked, long threshold) {
        long[][] table = counts.table(part);
        ReaderKnowledge publicReleases = new ReaderKnowledge(counts.districts(), counts.strands());
        linked.forEach(release -> publicReleases.learnTable(release.part(), release.withheld()));
        List<Figure> guarded = guarded(counts, linked, threshold);
        guarded.removeIf(figure -> publicReleases.worksOut(figure.part(), figure.r(), figure.c()));

        boolean[][] withheld = DisclosureControl.withheld(table, threshold);
        while (true) {
            Figure exposed = firstWorkedOut(guarded, publicReleases, part, withheld);
            if (exposed == null) {
                break;
            }
            int[] cell = cellToWithhold(table, publicReleases, part, withheld, exposed);
            withheld[cell[0]][cell[1]] = true;
            withheld = DisclosureControl.withheld(table, threshold, withheld);
        }
        publishWhatIsPublicAlready(table, threshold, publicReleases, part, withheld, linked);
        return withheld;
    }

    /** Every figure withheld in a linked release, and every figure under the threshold of the quarter and its months. */
    private static List<Figure> guarded(QuarterCounts counts, List<LinkedRelease> linked, long threshold) {
        List<Figure> guarded = new ArrayList<>();
        for (LinkedRelease release : linked) {
            forEachCell(release.withheld(), (r, c) -> {
                if (release.protects() && release.withheld()[r][c]) {
                    guarded.add(new Figure(release.part(), r, c));
                }
            });
        }
        for (int part = 0; part <= QuarterCounts.QUARTER; part++) {
            long[][] table = counts.table(part);
            int tablePart = part;
            forEachCell(table.length, table[0].length, (r, c) -> {
                if (table[r][c] < threshold) {
                    guarded.add(new Figure(tablePart, r, c));
                }
            });
        }
        return guarded;
    }

    /** A guarded figure, or a figure the new table withholds, that the reader of everything published can work out; or null. */
    private static Figure firstWorkedOut(List<Figure> guarded, ReaderKnowledge publicReleases, int part, boolean[][] withheld) {
        ReaderKnowledge reader = publicReleases.copy();
        reader.learnTable(part, withheld);
        Figure figure = firstWorkedOut(guarded, reader);
        if (figure != null) {
            return figure;
        }
        for (int r = 0; r < withheld.length; r++) {
            for (int c = 0; c < withheld[0].length; c++) {
                if (withheld[r][c] && reader.worksOut(part, r, c) && !publicReleases.worksOut(part, r, c)) {
                    return new Figure(part, r, c);
                }
            }
        }
        return null;
    }

    private static Figure firstWorkedOut(List<Figure> guarded, ReaderKnowledge reader) {
        return guarded.stream().filter(figure -> reader.worksOut(figure.part(), figure.r(), figure.c())).findFirst().orElse(null);
    }

    /**
     * Which of the quarter's strand totals over all districts a board paper, which shows nothing
     * else of the quarter's table, withholds beside the public releases and earlier board papers of
     * the quarter (ADR 0030). Totals under the threshold first; then, while the reader of
     * everything published can work out one of the guarded figures (as for a release), the
     * cheapest shown total whose withholding stops it, else the cheapest shown. Withholding every
     * total tells the reader nothing new, so it ends. A total the public releases give away anyway
     * is shown. A board paper shows no total of its strand totals, so nothing more is needed for
     * its own sake, and what it leaves out is no promise to keep.
     */
    public static boolean[] strandTotalsWithheld(QuarterCounts counts, List<LinkedRelease> linked, long threshold) {
        int all = counts.districts();
        int strands = counts.strands();
        long[] totals = counts.table(QuarterCounts.QUARTER)[all];
        ReaderKnowledge publicReleases = new ReaderKnowledge(all, strands);
        linked.forEach(release -> publicReleases.learnTable(release.part(), release.withheld()));
        List<Figure> guarded = guarded(counts, linked, threshold);
        guarded.removeIf(figure -> publicReleases.worksOut(figure.part(), figure.r(), figure.c()));

        boolean[] withheld = new boolean[strands];
        for (int c = 0; c < strands; c++) {
            withheld[c] = totals[c] < threshold;
        }
        while (true) {
            Figure exposed = firstWorkedOut(guarded, readerOfBoardPaper(publicReleases, all, withheld));
            if (exposed == null) {
                break;
            }
            int cheapest = -1;
            int stopping = -1;
            for (int c = 0; c < strands; c++) {
                if (withheld[c]) {
                    continue;
                }
                if (cheapest < 0 || totals[c] < totals[cheapest]) {
                    cheapest = c;
                }
                withheld[c] = true;
                boolean stops = !readerOfBoardPaper(publicReleases, all, withheld).worksOut(exposed.part(), exposed.r(), exposed.c());
                withheld[c] = false;
                if (stops && (stopping < 0 || totals[c] < totals[stopping])) {
                    stopping = c;
                }
            }
            // a shown total exists: with none shown the reader would know no more than the public releases tell
            withheld[stopping >= 0 ? stopping : cheapest] = true;
        }
        for (int c = 0; c < strands; c++) {
            if (withheld[c] && totals[c] >= threshold && publicReleases.worksOut(QuarterCounts.QUARTER, all, c)) {
                withheld[c] = false;
            }
        }
        return withheld;
    }

    private static ReaderKnowledge readerOfBoardPaper(ReaderKnowledge publicReleases, int all, boolean[] withheld) {
        ReaderKnowledge reader = publicReleases.copy();
        for (int c = 0; c < withheld.length; c++) {
            if (!withheld[c]) {
                reader.learn(QuarterCounts.QUARTER, all, c);
            }
        }
        return reader;
    }

    /**
     * The figure at the same place as the exposed one if the new table publishes it; else, among
     * the published figures on its row and column, the cheapest whose withholding stops the reader
     * working it out, or the cheapest of them; else the cheapest published figure.
     */
    private static int[] cellToWithhold(long[][] table, ReaderKnowledge publicReleases, int part, boolean[][] withheld,
            Figure exposed) {
        if (!withheld[exposed.r()][exposed.c()]) {
            return new int[] {exposed.r(), exposed.c()};
        }
        List<int[]> published = new ArrayList<>();
        List<int[]> onItsLines = new ArrayList<>();
        forEachCell(table.length, table[0].length, (r, c) -> {
            if (!withheld[r][c]) {
                published.add(new int[] {r, c});
                if (r == exposed.r() || c == exposed.c()) {
                    onItsLines.add(new int[] {r, c});
                }
            }
        });
        Comparator<int[]> cheapestFirst = Comparator.comparingLong(cell -> cost(table, cell[0], cell[1]));
        published.sort(cheapestFirst);
        onItsLines.sort(cheapestFirst);
        for (int[] cell : onItsLines) {
            withheld[cell[0]][cell[1]] = true;
            ReaderKnowledge reader = publicReleases.copy();
            reader.learnTable(part, withheld);
            withheld[cell[0]][cell[1]] = false;
            if (!reader.worksOut(exposed.part(), exposed.r(), exposed.c())) {
                return cell;
            }
        }
        // never empty: had the new table withheld everything, the reader would know no more than the public releases tell
        return onItsLines.isEmpty() ? published.get(0) : onItsLines.get(0);
    }

    /** As in {@link DisclosureControl}: a figure costs its count, and any total more than every inner cell. */
    private static long cost(long[][] table, int r, int c) {
        int height = table.length;
        int width = table[0].length;
        boolean total = r == height - 1 || c == width - 1;
        return table[r][c] + (total ? table[height - 1][width - 1] + 1 : 0);
    }

    private static void publishWhatIsPublicAlready(long[][] table, long threshold, ReaderKnowledge publicReleases, int part,
            boolean[][] withheld, List<LinkedRelease> linked) {
        forEachCell(table.length, table[0].length, (r, c) -> {
            boolean withheldBefore = linked.stream()
                    .anyMatch(release -> release.protects() && release.part() == part && release.withheld()[r][c]);
            if (withheld[r][c] && table[r][c] >= threshold && !withheldBefore && publicReleases.worksOut(part, r, c)) {
                withheld[r][c] = false;
            }
        });
    }

    private interface CellAction {
        void at(int r, int c);
    }

    private static void forEachCell(boolean[][] cells, CellAction action) {
        forEachCell(cells.length, cells[0].length, action);
    }

    private static void forEachCell(int height, int width, CellAction action) {
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                action.at(r, c);
            }
        }
    }
}
