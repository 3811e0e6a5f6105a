package org.hatecrime.reporting.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.report.Report;

/** A line in a list of reports: coded facts only, no personal details. */
@Schema(name = "ReportSummary", description = "A line in a list of reports: coded facts only, no personal details")
public record ReportSummary(UUID id, String reference, String status, String channel, List<String> strands, String district,
        OffsetDateTime occurredAt, OffsetDateTime receivedAt, boolean anonymous, String sharedWithForce, String referredTo) {

    static ReportSummary of(Report r) {
        return new ReportSummary(r.id(), r.reference(), r.status().name(), r.channel().name(), r.strandCodes(), r.district(),
                r.occurredAt(), r.receivedAt(), r.anonymous(), r.sharedWithForce(), r.referredTo());
    }
}
