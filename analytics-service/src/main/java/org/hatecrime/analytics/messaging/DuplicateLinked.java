package org.hatecrime.analytics.messaging;

import java.util.UUID;

/** The parts of {@code report.duplicate-linked.v1} analytics reads. */
public record DuplicateLinked(UUID reportId, UUID duplicateOf) {
}
