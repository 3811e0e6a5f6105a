package org.hatecrime.kit.retention;

import java.time.LocalDate;
import org.hatecrime.kit.domain.DomainException;

/** What a retention review decides about a record's personal details, the same in every service. */
public enum ReviewDecision {
    /** The details are still needed (an open case, a complaint, a request of the person) until a date. */
    KEEP,
    /** The details are no longer needed: they go for good, the coded facts stay. */
    ANONYMISE;

    /** Keeping needs the day of the next review, after today; anonymising takes no date. */
    public void check(LocalDate keepUntil, LocalDate today) {
        if (this == KEEP && (keepUntil == null || !keepUntil.isAfter(today))) {
            throw new DomainException.InvalidValue("keepUntil", "keeping the details needs a date after today for the next review");
        }
        if (this == ANONYMISE && keepUntil != null) {
            throw new DomainException.InvalidValue("keepUntil", "only a decision to keep the details takes a date");
        }
    }
}
