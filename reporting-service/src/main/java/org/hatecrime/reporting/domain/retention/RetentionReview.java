package org.hatecrime.reporting.domain.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A report whose personal details are due for a retention review, and why it is due then. */
public record RetentionReview(UUID reportId, String reference, String agency, String status, OffsetDateTime receivedAt,
        OffsetDateTime endedAt, LocalDate keptUntil, LocalDate reviewDue) {
}
