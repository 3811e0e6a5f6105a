package org.hatecrime.analytics.domain.statistics;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What every published figure means, for readers of the releases. */
@Schema(name = "StatisticsDataDictionary", description = "The meaning of every field and code of the published statistics")
public record DataDictionary(
        @Schema(description = "Which reports are counted") String basis,
        @Schema(description = "How small counts are protected") String disclosureControl,
        @Schema(description = "Counts under this are withheld", example = "10") int threshold,
        @Schema(description = "How periods are written and which date places a report in one") String periods,
        @Schema(description = "The districts published, in table order") List<String> districts,
        @Schema(description = "The strands published, in table order") List<String> strands,
        @Schema(description = "The fields of a release") List<Field> fields) {

    @Schema(name = "StatisticsDataDictionaryField")
    public record Field(@Schema(example = "table.rows[].counts") String name, @Schema(example = "Strand mentions by strand") String meaning) {
    }

    public static DataDictionary of(int threshold, List<String> districts, List<String> strands) {
        return new DataDictionary(
                "Reports of hate crimes and hate incidents received by the platform whose victim consented to their use in "
                        + "statistics. Left out: reports linked as duplicates of another report, withdrawn reports, reports "
                        + "whose statistics consent was withdrawn and reports about a person whose data was erased, when that "
                        + "happened before the release was published. A release never changes: what happens later reaches the "
                        + "public in a revision of the period.",
                "Every count under " + threshold + " is withheld (null in JSON, [c] in CSV). Further cells are withheld so that no "
                        + "withheld count can be worked out by subtracting published counts from a published total, within a "
                        + "table or across the releases of a quarter and of its months (a quarter's count is the sum of its "
                        + "months'), whichever was published first and every revision included.",
                threshold,
                "A month is YYYY-MM, a quarter YYYY-Qn (Q1 = January to March). A report belongs to the period in which it was "
                        + "received (UK time). Only complete periods are published.",
                districts,
                strands,
                List.of(
                        new Field("version", "Release number, rising across all periods; a release never changes"),
                        new Field("period, periodStart, periodEnd", "The period covered; periodEnd is the last day included"),
                        new Field("revises, changeNote", "For a correction: the release it replaces for the same period, and why"),
                        new Field("table.rows[].counts", "Strand mentions in the district: a report with several strands counts "
                                + "once in each"),
                        new Field("table.rows[].total", "The district's strand mentions over all strands"),
                        new Field("table.strandTotals", "The strand's mentions over all districts"),
                        new Field("table.total", "All strand mentions of the period")));
    }
}
