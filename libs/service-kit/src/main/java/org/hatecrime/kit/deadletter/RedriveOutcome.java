package org.hatecrime.kit.deadletter;

/** What came of re-driving a dead letter. */
public enum RedriveOutcome {
    /** The event's effect was applied now, once. */
    APPLIED,
    /** The consumer had already applied the event (a redelivery or replay after the fix): nothing changed. */
    ALREADY_APPLIED,
    /** The effect failed again; the dead letter stays parked and may be re-driven once the cause is fixed. */
    FAILED;

    /** Whether the dead letter is done with: nothing is left to apply. */
    public boolean settles() {
        return this != FAILED;
    }
}
