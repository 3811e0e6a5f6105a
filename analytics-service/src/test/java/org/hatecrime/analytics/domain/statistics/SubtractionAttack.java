package org.hatecrime.analytics.domain.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader of a published table can work out exactly: the withheld cells are unknowns, every
 * row and column (totals included) is an equation, and a withheld cell is exposed when the
 * equations fix its value. Written from the equations, independently of {@link DisclosureControl}.
 */
final class SubtractionAttack {

    private SubtractionAttack() {
    }

    /** The withheld cells ({row, column}) whose value follows from the published ones. */
    static List<int[]> exposedCells(boolean[][] withheld) {
        int height = withheld.length;
        int width = withheld[0].length;
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (withheld[r][c]) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        // one equation per line: inner cells of a row minus its total = 0; likewise for columns
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            double[] row = new double[unknowns.size()];
            for (int k = 0; k < unknowns.size(); k++) {
                int[] cell = unknowns.get(k);
                if (cell[0] == r) {
                    row[k] = cell[1] == width - 1 ? -1 : 1;
                }
            }
            equations.add(row);
        }
        for (int c = 0; c < width; c++) {
            double[] column = new double[unknowns.size()];
            for (int k = 0; k < unknowns.size(); k++) {
                int[] cell = unknowns.get(k);
                if (cell[1] == c) {
                    column[k] = cell[0] == height - 1 ? -1 : 1;
                }
            }
            equations.add(column);
        }
        int rank = rank(equations, -1);
        List<int[]> exposed = new ArrayList<>();
        for (int k = 0; k < unknowns.size(); k++) {
            // x_k is fixed exactly when the unit vector e_k lies in the row space: dropping column k lowers the rank
            if (rank(equations, k) < rank) {
                exposed.add(unknowns.get(k));
            }
        }
        return exposed;
    }

    /** Rank of the equations, without column {@code dropped} (-1 for none), by Gaussian elimination. */
    private static int rank(List<double[]> equations, int dropped) {
        int columns = equations.isEmpty() ? 0 : equations.get(0).length;
        double[][] m = new double[equations.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = equations.get(i).clone();
            if (dropped >= 0) {
                m[i][dropped] = 0;
            }
        }
        int rank = 0;
        for (int col = 0; col < columns && rank < m.length; col++) {
            int pivot = -1;
            for (int i = rank; i < m.length; i++) {
                if (Math.abs(m[i][col]) > 1e-9 && (pivot < 0 || Math.abs(m[i][col]) > Math.abs(m[pivot][col]))) {
                    pivot = i;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int i = 0; i < m.length; i++) {
                if (i != rank && Math.abs(m[i][col]) > 1e-9) {
                    double factor = m[i][col] / m[rank][col];
                    for (int j = col; j < columns; j++) {
                        m[i][j] -= factor * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
