package org.hatecrime.victimcare.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of {@code report.submitted.v1} victim care reads; other fields are ignored. */
public record ReportSubmitted(
        UUID reportId,
        String reference,
        List<String> strands,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime receivedAt,
        Consents consents) {

    public record Consents(boolean referToSupport) {
    }
}
