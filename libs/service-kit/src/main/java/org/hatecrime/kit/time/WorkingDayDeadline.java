package org.hatecrime.kit.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something due within a number of working days: by the end of {@code lastDay}, which in the
 * calendar's time zone is the instant {@code passesAt} (the start of the following day).
 */
public record WorkingDayDeadline(LocalDate lastDay, Instant passesAt) {

    /** Whether the deadline has passed at {@code now}: only once the whole last day is over. */
    public boolean hasPassed(Instant now) {
        return !now.isBefore(passesAt);
    }
}
