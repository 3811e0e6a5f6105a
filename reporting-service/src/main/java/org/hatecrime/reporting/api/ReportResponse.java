package org.hatecrime.reporting.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.Report;

/** A report as its own agency sees it. */
@Schema(name = "Report")
public record ReportResponse(
        UUID id,
        @Schema(example = "HC-7K3M-9QXD") String reference,
        String agency,
        String channel,
        String status,
        List<String> strands,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime receivedAt,
        String description,
        RecordedConsents consents,
        long version) {

    /** The consents and who recorded them when. */
    @Schema(name = "RecordedConsents")
    public record RecordedConsents(boolean shareWithPolice, boolean referToSupport, boolean statistics, String recordedBy,
            OffsetDateTime recordedAt) {
    }

    static ReportResponse of(Report report) {
        return new ReportResponse(report.id, report.reference, report.agency, report.channel.name(), report.status.name(),
                report.strands.stream().map(Enum::name).sorted().toList(), report.district, report.occurredAt,
                report.receivedAt, report.description,
                new RecordedConsents(report.consents.shareWithPolice, report.consents.referToSupport, report.consents.statistics,
                        report.consents.recordedBy, report.consents.recordedAt),
                report.version);
    }
}
