package org.hatecrime.reporting.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import org.hatecrime.reporting.domain.Report;

/** Payload of {@code report.submitted.v1}: identifiers, codes, dates and district, never personal data. */
public record ReportSubmitted(
        String reportId,
        String reference,
        String agency,
        String channel,
        List<String> strands,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime receivedAt,
        ConsentFlags consents) {

    public record ConsentFlags(boolean shareWithPolice, boolean referToSupport, boolean statistics) {
    }

    public static ReportSubmitted of(Report report) {
        return new ReportSubmitted(
                report.id.toString(),
                report.reference,
                report.agency,
                report.channel.name(),
                report.strands.stream().map(Enum::name).sorted().toList(),
                report.district,
                report.occurredAt,
                report.receivedAt,
                new ConsentFlags(report.consents.shareWithPolice, report.consents.referToSupport, report.consents.statistics));
    }
}
