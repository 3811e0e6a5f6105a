package org.hatecrime.victimcare.domain.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A referral whose victim's personal data is due for a retention review, and why it is due then. */
public record RetentionReview(UUID referralId, String provider, String status, OffsetDateTime consentedAt, OffsetDateTime closedAt,
        LocalDate keptUntil, LocalDate reviewDue) {
}
