package org.hatecrime.analytics.domain.justice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of case progression's events analytics reads: codes and dates, never a reference. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /** {@code case.opened.v1}. */
    public record Opened(UUID caseId, String force, String district, List<String> strands, OffsetDateTime openedAt) {
    }

    /** {@code case.charged.v1}. */
    public record Charged(UUID caseId, OffsetDateTime changedAt) {
    }

    /** {@code case.closed.v1}. */
    public record Closed(UUID caseId, String outcomeCode, String verdict, Boolean upliftApplied, boolean hateCrimeFlag,
            OffsetDateTime closedAt) {
    }
}
