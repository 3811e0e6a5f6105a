package org.hatecrime.analytics.messaging.rebuild;

/** Where a rebuild of the read models stands. */
public enum RebuildState {
    /** Reading every event into the fresh tables; the live tables keep serving. */
    RUNNING,
    /** Caught up; the live tables are being replaced in one transaction. */
    SWITCHING,
    /** The live tables hold the rebuilt read models. */
    COMPLETED,
    /** Stopped before the switch-over; the live tables are as they were. */
    FAILED,
    /** Its service stopped while it ran; the live tables are as they were. */
    ABANDONED;

    /** Whether it still holds the one place a rebuild may take. */
    public boolean running() {
        return this == RUNNING || this == SWITCHING;
    }
}
