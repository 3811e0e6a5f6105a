package org.hatecrime.reporting.domain.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a review decided about one report's personal details, by whom and when. */
public record RetentionDecision(UUID id, UUID reportId, Kind decision, String reason, LocalDate keepUntil, String decidedBy,
        String agency, OffsetDateTime decidedAt) {

    public enum Kind {
        /** The details are still needed (an open case, a complaint, a request of the victim) until a date. */
        KEEP,
        /** The details are no longer needed: they are replaced by nothing, the coded facts stay. */
        ANONYMISE
    }
}
