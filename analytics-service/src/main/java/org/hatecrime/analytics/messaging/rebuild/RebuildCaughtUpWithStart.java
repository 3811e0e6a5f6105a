package org.hatecrime.analytics.messaging.rebuild;

import java.util.UUID;

/**
 * Announced (synchronously, as a CDI event) when a rebuild has applied every record that was on
 * the topics when it started, before it catches up with what came since and switches over.
 */
public record RebuildCaughtUpWithStart(UUID rebuildId) {
}
