package org.hatecrime.victimcare.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The parts of {@code report.withdrawn.v1} victim care reads. */
public record ReportWithdrawn(UUID reportId, String reason, OffsetDateTime withdrawnAt) {
}
