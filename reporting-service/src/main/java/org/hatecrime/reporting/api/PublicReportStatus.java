package org.hatecrime.reporting.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.publicreporting.PublicReporting;

/** What a public reporter is told about their report: nothing but its status and that their additions arrived. */
@Schema(name = "PublicReportStatus", description = "Where a report is, in words for the person who made it")
public record PublicReportStatus(
        @Schema(example = "HC-7K3M-9QXD") String reference,
        @Schema(description = "The report's status in plain words") String status,
        @Schema(description = "How many additions sent with the follow-up code have arrived") int followUpsReceived,
        @Schema(description = "When the last of them arrived, if any did") OffsetDateTime lastFollowUpAt) {

    static PublicReportStatus of(PublicReporting.Status status) {
        return new PublicReportStatus(status.reference(), status.status(), status.followUpsReceived(), status.lastFollowUpAt());
    }
}
