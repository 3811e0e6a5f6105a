package org.hatecrime.cases.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of {@code report.shared-with-police.v1} the case service reads; other fields are ignored. */
public record ReportSharedWithPolice(
        UUID reportId,
        String reference,
        String force,
        List<String> strands,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime sharedAt) {
}
