package org.hatecrime.analytics.domain.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which cells of a published table are withheld, so that no published figure lets anyone
 * single out a person.
 *
 * <p>The table has its margins: row {@code rows} holds the column totals, column {@code columns}
 * the row totals, and the corner the grand total; every row and every column adds up to its total.
 * <ol>
 *   <li><b>Primary suppression:</b> every cell, total or not, under the threshold is withheld.</li>
 *   <li><b>Secondary suppression:</b> a withheld cell must not be recoverable by subtraction from
 *   the published figures. Seen as a graph (rows and columns are nodes, withheld cells are edges), a
 *   withheld cell can be worked out exactly if and only if it is not on a cycle of withheld cells: a
 *   line with a single withheld cell is the simplest case, a bridge between two groups of withheld cells
 *   the subtler one. So while some withheld cell is on no cycle, more cells are withheld to close a
 *   cycle through it, as few and as small as possible, inner cells before totals.</li>
 * </ol>
 * The result is checked independently in the tests by solving the linear equations a reader of the
 * table could set up. A table is also linked to the releases of overlapping periods (a quarter is
 * the sum of its months): {@link LinkedDisclosureControl} withholds more where they would give a
 * withheld cell away.
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    /**
     * The cells to withhold in {@code table} ({@code rows + 1} by {@code columns + 1}, margins
     * included and consistent), cells under {@code threshold} first.
     */
    public static boolean[][] withheld(long[][] table, long threshold) {
        return withheld(table, threshold, new boolean[table.length][table[0].length]);
    }

    /**
     * The same, with the cells of {@code alsoWithheld} withheld from the start as if they were under
     * the threshold (the linked tables' rule, {@link LinkedDisclosureControl}, asks for them), so no
     * total gives them away either.
     */
    public static boolean[][] withheld(long[][] table, long threshold, boolean[][] alsoWithheld) {
        int height = table.length;
        int width = table[0].length;
        boolean[][] hidden = new boolean[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                hidden[r][c] = table[r][c] < threshold || alsoWithheld[r][c];
            }
        }
        while (true) {
            int[] exposed = recoverableCell(hidden);
            if (exposed == null) {
                return hidden;
            }
            for (int[] cell : cheapestCellsClosingACycle(table, hidden, exposed)) {
                hidden[cell[0]][cell[1]] = true;
            }
        }
    }

    /** A withheld cell on no cycle of withheld cells (a bridge), or null if there is none. */
    static int[] recoverableCell(boolean[][] hidden) {
        int height = hidden.length;
        int width = hidden[0].length;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (hidden[r][c]) {
                    hidden[r][c] = false;
                    boolean onCycle = connected(hidden, r, c);
                    hidden[r][c] = true;
                    if (!onCycle) {
                        return new int[] {r, c};
                    }
                }
            }
        }
        return null;
    }

    /**
     * The published cells to withhold so that {@code exposed} lies on a cycle, as cheaply as
     * possible: one cell joining the side of its row to the side of its column (once the exposed cell
     * is taken out), or else the other three corners of a rectangle through it. The cost of a cell
     * is its count, and any total costs more than every inner cell, so inner cells go first.
     */
    private static List<int[]> cheapestCellsClosingACycle(long[][] table, boolean[][] hidden, int[] exposed) {
        int height = hidden.length;
        int width = hidden[0].length;
        int u = exposed[0];
        int v = exposed[1];
        hidden[u][v] = false;
        boolean[] rowSideRows = new boolean[height];
        boolean[] rowSideColumns = new boolean[width];
        reach(hidden, u, -1, rowSideRows, rowSideColumns);
        boolean[] columnSideRows = new boolean[height];
        boolean[] columnSideColumns = new boolean[width];
        reach(hidden, -1, v, columnSideRows, columnSideColumns);
        hidden[u][v] = true;

        List<int[]> best = null;
        long bestCost = Long.MAX_VALUE;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                boolean joins = rowSideRows[r] && columnSideColumns[c] || columnSideRows[r] && rowSideColumns[c];
                if (!hidden[r][c] && joins && cost(table, hidden, r, c) < bestCost) {
                    bestCost = cost(table, hidden, r, c);
                    best = List.of(new int[] {r, c});
                }
            }
        }
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (r == u || c == v) {
                    continue;
                }
                long rectangle = cost(table, hidden, u, c) + cost(table, hidden, r, v) + cost(table, hidden, r, c);
                if (rectangle < bestCost) {
                    bestCost = rectangle;
                    best = List.of(new int[] {u, c}, new int[] {r, v}, new int[] {r, c});
                }
            }
        }
        return best; // never null: a table with its totals has at least 3 rows and 3 columns
    }

    /** What withholding the cell loses: nothing if it is withheld already; any total more than all inner cells. */
    private static long cost(long[][] table, boolean[][] hidden, int r, int c) {
        if (hidden[r][c]) {
            return 0;
        }
        int height = table.length;
        int width = table[0].length;
        boolean total = r == height - 1 || c == width - 1;
        return table[r][c] + (total ? table[height - 1][width - 1] + 1 : 0);
    }

    /** Whether row {@code r} and column {@code c} are joined by withheld cells. */
    private static boolean connected(boolean[][] hidden, int r, int c) {
        boolean[] rows = new boolean[hidden.length];
        boolean[] columns = new boolean[hidden[0].length];
        reach(hidden, r, -1, rows, columns);
        return columns[c];
    }

    /** Marks every row and column reachable from a row (or a column) along withheld cells. */
    private static void reach(boolean[][] hidden, int startRow, int startColumn, boolean[] rows, boolean[] columns) {
        List<int[]> queue = new ArrayList<>();
        if (startRow >= 0) {
            rows[startRow] = true;
            queue.add(new int[] {0, startRow});
        } else {
            columns[startColumn] = true;
            queue.add(new int[] {1, startColumn});
        }
        while (!queue.isEmpty()) {
            int[] node = queue.remove(queue.size() - 1);
            if (node[0] == 0) {
                for (int c = 0; c < columns.length; c++) {
                    if (hidden[node[1]][c] && !columns[c]) {
                        columns[c] = true;
                        queue.add(new int[] {1, c});
                    }
                }
            } else {
                for (int r = 0; r < rows.length; r++) {
                    if (hidden[r][node[1]] && !rows[r]) {
                        rows[r] = true;
                        queue.add(new int[] {0, r});
                    }
                }
            }
        }
    }
}
