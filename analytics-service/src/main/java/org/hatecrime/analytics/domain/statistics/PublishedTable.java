package org.hatecrime.analytics.domain.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Reports by district and strand for one period, with its totals, as published: a withheld cell is
 * {@code null}. A report with several strands counts in each of its strands, so a district's total
 * is the sum of its strand cells (strand mentions), not the number of reports.
 */
@Schema(name = "PublishedTable", description = "Strand mentions of counted reports by district and strand for one period. "
        + "null = withheld: under the threshold, or withheld so that no total reveals a cell under it.")
public record PublishedTable(
        @Schema(description = "One row per district, in the configured order") List<Row> rows,
        @Schema(description = "Each strand over all districts; null when withheld", example = "{\"RACE\": 141, \"DISABILITY\": null}",
                additionalProperties = WithheldOrCount.class)
        Map<String, Long> strandTotals,
        @Schema(description = "All strand mentions; null when withheld", example = "312", nullable = true) Long total) {

    /** A published count, or null where it is withheld. */
    @Schema(name = "WithheldOrCount", type = SchemaType.INTEGER, format = "int64", nullable = true,
            description = "A count, or null where it is withheld")
    static final class WithheldOrCount {
    }

    @Schema(name = "PublishedTableRow")
    public record Row(
            @Schema(example = "STEVENAGE") String district,
            @Schema(description = "By strand; null when withheld", example = "{\"RACE\": 23, \"DISABILITY\": null}",
                    additionalProperties = WithheldOrCount.class) Map<String, Long> counts,
            @Schema(description = "The district's strand mentions; null when withheld", example = "41", nullable = true) Long total) {
    }

    /**
     * The table to publish from true counts ({@code counts[district][strand]}), totals added and
     * cells withheld by {@link DisclosureControl}, as a table on its own.
     */
    public static PublishedTable of(List<String> districts, List<String> strands, long[][] counts, long threshold) {
        long[][] table = withTotals(counts);
        return of(districts, strands, table, DisclosureControl.withheld(table, threshold));
    }

    private static long[][] withTotals(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] table = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                long value = counts[r][c];
                table[r][c] = value;
                table[r][columns] += value;
                table[rows][c] += value;
                table[rows][columns] += value;
            }
        }
        return table;
    }

    /** The table to publish from a table with its totals ({@link QuarterCounts#table}) and the figures to withhold. */
    public static PublishedTable of(List<String> districts, List<String> strands, long[][] table, boolean[][] withheld) {
        int rows = districts.size();
        int columns = strands.size();
        List<Row> published = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            published.add(new Row(districts.get(r), line(strands, table[r], withheld[r]), cell(table[r][columns], withheld[r][columns])));
        }
        return new PublishedTable(published, line(strands, table[rows], withheld[rows]), cell(table[rows][columns], withheld[rows][columns]));
    }

    /**
     * Which figures of this table, laid out as {@link QuarterCounts#table} lays out those districts and
     * strands, are withheld; a district or strand the table does not have counts as withheld.
     */
    public boolean[][] withheld(List<String> districts, List<String> strands) {
        boolean[][] withheld = new boolean[districts.size() + 1][strands.size() + 1];
        for (int r = 0; r <= districts.size(); r++) {
            Row row = r < districts.size() ? row(districts.get(r)) : null;
            Map<String, Long> line = r < districts.size() ? (row == null ? Map.of() : row.counts()) : strandTotals;
            for (int c = 0; c < strands.size(); c++) {
                withheld[r][c] = line.get(strands.get(c)) == null;
            }
            withheld[r][strands.size()] = r < districts.size() ? row == null || row.total() == null : total == null;
        }
        return withheld;
    }

    private Row row(String district) {
        return rows.stream().filter(row -> row.district().equals(district)).findFirst().orElse(null);
    }

    private static Map<String, Long> line(List<String> strands, long[] values, boolean[] withheld) {
        Map<String, Long> line = new LinkedHashMap<>();
        for (int c = 0; c < strands.size(); c++) {
            line.put(strands.get(c), cell(values[c], withheld[c]));
        }
        return line;
    }

    private static Long cell(long value, boolean withheld) {
        return withheld ? null : value;
    }

    /** The table as CSV: one line per district and one for all districts; a withheld cell is {@code [c]}. */
    public String csv(List<String> strands) {
        StringBuilder csv = new StringBuilder("district");
        strands.forEach(strand -> csv.append(',').append(strand));
        csv.append(",ALL_STRANDS\r\n");
        for (Row row : rows) {
            csv.append(row.district());
            strands.forEach(strand -> csv.append(',').append(csvCell(row.counts().get(strand))));
            csv.append(',').append(csvCell(row.total())).append("\r\n");
        }
        csv.append("ALL_DISTRICTS");
        strands.forEach(strand -> csv.append(',').append(csvCell(strandTotals.get(strand))));
        csv.append(',').append(csvCell(total)).append("\r\n");
        return csv.toString();
    }

    private static String csvCell(Long value) {
        return value == null ? "[c]" : value.toString();
    }
}
