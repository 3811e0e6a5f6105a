package org.hatecrime.analytics.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of {@code report.submitted.v1} analytics reads; other fields are ignored. */
public record ReportSubmitted(
        UUID reportId,
        String channel,
        String reporterRole,
        List<String> strands,
        List<String> incidentTypes,
        String recordedAs,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime receivedAt,
        Consents consents,
        Integer earlierReportsFromSameVictim) {

    public record Consents(boolean statistics) {
    }
}
