package org.hatecrime.kit.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a review decided about one record's personal data, by whom and when: a row of the service's
 * {@code retention_decision} table. The record is a report, a referral or a case, by service.
 */
public record RetentionDecision(UUID id, UUID recordId, ReviewDecision decision, String reason, LocalDate keepUntil,
        String decidedBy, String agency, OffsetDateTime decidedAt) {
}
