package org.hatecrime.victimcare.domain.victimscode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.time.WorkingDayDeadline;

/**
 * One clock of one referral: started at consent, due by the end of the last working day of its
 * target, met, stopped or paused by the referral's moves.
 *
 * @param pausedSince when contact was stopped, while it stands and the clock is not met
 */
public record ClockReading(UUID referralId, VictimsCodeClock clock, OffsetDateTime startedAt, int targetWorkingDays,
        WorkingDayDeadline due, OffsetDateTime metAt, OffsetDateTime stoppedAt, OffsetDateTime pausedSince) {

    /** Where the clock is, whatever the time: still running, or settled one way or the other. */
    public enum Stage {
        RUNNING, PAUSED, MET, MISSED, STOPPED
    }

    public Stage stage() {
        Instant passes = due.passesAt();
        if (metAt != null) {
            return metAt.toInstant().isBefore(passes) ? Stage.MET : Stage.MISSED;
        }
        // contact stopped before the target passed: not the service's failure, whatever came after
        boolean pausedInTime = pausedSince != null && pausedSince.toInstant().isBefore(passes);
        if (stoppedAt != null) {
            return stoppedAt.toInstant().isBefore(passes) || pausedInTime ? Stage.STOPPED : Stage.MISSED;
        }
        return pausedInTime ? Stage.PAUSED : Stage.RUNNING;
    }

    public ClockState stateAt(Instant now) {
        return ClockState.of(stage(), due.passesAt(), now);
    }

    /** The right the clock serves. */
    public VictimsCodeRight right() {
        return clock.right();
    }
}
