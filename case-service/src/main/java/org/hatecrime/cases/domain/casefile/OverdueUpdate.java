package org.hatecrime.cases.domain.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An update the victim was owed and not given in time, as the overdue scan found it. */
public record OverdueUpdate(UUID caseId, UUID updateId, String force, VictimUpdateKind kind, OffsetDateTime eventAt,
        OffsetDateTime dueAt, boolean enhancedRights, OffsetDateTime detectedAt) {
}
