package org.hatecrime.cases.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The parts of {@code report.withdrawn.v1} the case service reads. */
public record ReportWithdrawn(UUID reportId, String reason, OffsetDateTime withdrawnAt) {
}
