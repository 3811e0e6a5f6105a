package org.hatecrime.cases.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The parts of {@code subject.erased.v1} the case service reads: which erasure reached which report,
 * and when. The report's victim keys are not read: the case forgets whatever key it holds.
 */
public record SubjectErased(UUID erasureId, UUID reportId, OffsetDateTime erasedAt) {
}
