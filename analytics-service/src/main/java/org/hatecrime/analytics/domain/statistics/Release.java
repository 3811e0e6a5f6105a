package org.hatecrime.analytics.domain.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One published release of statistics: immutable once published. */
@Schema(name = "StatisticsRelease", description = "A release of published statistics. Never changed: a correction is a new "
        + "release of the same period that names the one it revises.")
public record Release(
        @Schema(description = "Release number, rising across all periods", example = "7") int version,
        @Schema(description = "The month (YYYY-MM) or quarter (YYYY-Qn) covered, by date received", example = "2026-Q3") String period,
        @Schema(example = "2026-07-01") LocalDate periodStart,
        @Schema(description = "Last day included", example = "2026-09-30") LocalDate periodEnd,
        @Schema(example = "2026-10-06T09:30:00Z") OffsetDateTime publishedAt,
        @Schema(description = "The agency that published it", example = "herts-csp") String publishedBy,
        @Schema(description = "The release of the same period this one corrects, if any", example = "5", nullable = true) Integer revises,
        @Schema(description = "What changed and why, for a revision", example = "Reports withdrawn after publication removed", nullable = true)
        String changeNote,
        @Schema(description = "Counts under this are withheld", example = "10") int threshold,
        @Schema(description = "The published table") PublishedTable table) {

    /** One line of the changelog: a release without its table. */
    @Schema(name = "StatisticsReleaseEntry", description = "A release in the changelog, without its table")
    public record Entry(
            @Schema(example = "7") int version,
            @Schema(example = "2026-Q3") String period,
            @Schema(example = "2026-10-06T09:30:00Z") OffsetDateTime publishedAt,
            @Schema(example = "herts-csp") String publishedBy,
            @Schema(example = "5", nullable = true) Integer revises,
            @Schema(example = "Reports withdrawn after publication removed", nullable = true) String changeNote) {
    }

    public Entry entry() {
        return new Entry(version, period, publishedAt, publishedBy, revises, changeNote);
    }
}
