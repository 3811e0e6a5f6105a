package org.hatecrime.victimcare.domain.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.retention.ReviewDecision;

/** What a review decided about one referral's personal data, by whom and when. */
public record RetentionDecision(UUID id, UUID referralId, ReviewDecision decision, String reason, LocalDate keepUntil,
        String decidedBy, String agency, OffsetDateTime decidedAt) {
}
