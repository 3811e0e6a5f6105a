package org.hatecrime.analytics.domain.statistics;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The subtraction attack on a release as the public reads it: withheld cells are the nulls. */
public final class SubtractionAttackView {

    private SubtractionAttackView() {
    }

    /** The withheld cells of the release's table ("district/strand", totals as ALL) that a reader could work out. */
    @SuppressWarnings("unchecked")
    public static List<String> exposedCells(JsonPath release) {
        List<Map<String, Object>> rows = release.getList("table.rows");
        Map<String, Object> strandTotals = release.getMap("table.strandTotals");
        List<String> strands = new ArrayList<>(strandTotals.keySet());
        boolean[][] withheld = new boolean[rows.size() + 1][strands.size() + 1];
        List<String> names = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Map<String, Object> counts = (Map<String, Object>) rows.get(r).get("counts");
            for (int c = 0; c < strands.size(); c++) {
                withheld[r][c] = counts.get(strands.get(c)) == null;
            }
            withheld[r][strands.size()] = rows.get(r).get("total") == null;
            names.add((String) rows.get(r).get("district"));
        }
        for (int c = 0; c < strands.size(); c++) {
            withheld[rows.size()][c] = strandTotals.get(strands.get(c)) == null;
        }
        withheld[rows.size()][strands.size()] = release.get("table.total") == null;
        names.add("ALL");
        strands.add("ALL");
        List<String> exposed = new ArrayList<>();
        for (int[] cell : SubtractionAttack.exposedCells(withheld)) {
            exposed.add(names.get(cell[0]) + "/" + strands.get(cell[1]));
        }
        return exposed;
    }
}
