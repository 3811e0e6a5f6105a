package org.hatecrime.reporting.domain.subjectaccess;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Where a subject access request stands, with its progress per service; what the person told is sealed and shown while kept. */
public record SubjectAccessStatus(UUID id, Status status, String agency, String requestedBy, OffsetDateTime requestedAt,
        String reason, String reference, OffsetDateTime completedAt, OffsetDateTime expiresAt, OffsetDateTime endedAt,
        int partsDone, int partsTotal, List<Progress> progress) {

    public enum Status {
        /** Parts are still being gathered. */
        IN_PROGRESS,
        /** Every part is in: the export can be read until it expires. */
        COMPLETE,
        /** A service could not be asked after every attempt; nothing is exported. */
        FAILED,
        /** Kept for the configured time, then its key erased and its parts deleted. */
        EXPIRED,
        /** The person was erased: the export went with them. */
        ERASED
    }

    /** One service's share of the export. */
    public record Progress(String service, int done, int total, int failed, int attempts, String lastError, OffsetDateTime nextAttemptAt) {
    }
}
