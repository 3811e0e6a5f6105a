package org.hatecrime.analytics.domain.threats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An emerging threat: a week in which a series of counts rose beyond its control limit, with the evidence. */
@Schema(name = "EmergingThreat", description = "A week in which counted reports of one strand (in one district, or county-wide) "
        + "rose beyond the control limit of their baseline")
public record Alert(
        @Schema(example = "8d3f2b1c-4e5a-4f6b-9c7d-0e1f2a3b4c5d") UUID id,
        @Schema(description = "Monday of the week (UK time)", example = "2026-11-16") LocalDate weekStarting,
        @Schema(example = "RELIGION_OR_BELIEF") String strand,
        @Schema(description = "The district, or ALL for the county-wide series", example = "WATFORD") String district,
        @Schema(description = "Mean weekly count of the baseline", example = "1.46") double expected,
        @Schema(description = "Counted reports that week", example = "15") long observed,
        @Schema(description = "The count the week had to reach to be flagged", example = "8") long limit,
        @Schema(example = "2026-11-23T06:00:01.201Z") OffsetDateTime detectedAt) {
}
