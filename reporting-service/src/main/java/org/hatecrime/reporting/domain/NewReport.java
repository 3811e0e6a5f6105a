package org.hatecrime.reporting.domain;

import java.time.OffsetDateTime;
import java.util.Set;

/** What intake needs to receive a report, already checked for form at the edge. */
public record NewReport(
        Set<Strand> strands,
        String description,
        OffsetDateTime occurredAt,
        String district,
        boolean shareWithPolice,
        boolean referToSupport,
        boolean statistics) {
}
