package org.hatecrime.reporting.domain.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.retention.ReviewDecision;

/** What a review decided about one report's personal details, by whom and when. */
public record RetentionDecision(UUID id, UUID reportId, ReviewDecision decision, String reason, LocalDate keepUntil, String decidedBy,
        String agency, OffsetDateTime decidedAt) {
}
