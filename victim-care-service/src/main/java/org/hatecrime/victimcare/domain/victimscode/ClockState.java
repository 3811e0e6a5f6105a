package org.hatecrime.victimcare.domain.victimscode;

import java.time.Instant;

/** A clock as a case worker sees it now. {@link #OVERDUE} and {@link #MISSED} are breaches of the Code. */
public enum ClockState {
    /** Running, its target not passed yet. */
    DUE,
    /** Running, its target passed: a breach. */
    OVERDUE,
    /** Contact stopped by the victim's withdrawal before the target passed: not a breach. */
    PAUSED,
    /** Met in time. */
    MET,
    /** Met late, or the referral ended after its target passed unmet: a breach. */
    MISSED,
    /** The referral ended before the clock was met and before its target passed: nothing was left to do. */
    STOPPED;

    public boolean breached() {
        return this == OVERDUE || this == MISSED;
    }

    static ClockState of(ClockReading.Stage stage, Instant passesAt, Instant now) {
        return switch (stage) {
            case RUNNING -> now.isBefore(passesAt) ? DUE : OVERDUE;
            case PAUSED -> PAUSED;
            case MET -> MET;
            case MISSED -> MISSED;
            case STOPPED -> STOPPED;
        };
    }
}
