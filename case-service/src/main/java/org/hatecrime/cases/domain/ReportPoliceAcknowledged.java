package org.hatecrime.cases.domain;

import java.util.UUID;

/** The parts of {@code report.police-acknowledged.v1} the case service reads. */
public record ReportPoliceAcknowledged(UUID reportId, String force, String crimeReference) {
}
