package org.hatecrime.kit.retention;

import java.time.LocalDate;
import java.util.Map;

/**
 * The records of a service whose retention review is due: how many, per agency that decides them.
 * A service with records to review provides one, and {@link RetentionReminder} reminds with it.
 */
public interface DueReviews {

    /** Records due for review on or before {@code day}, per agency; agencies with none may be left out. */
    Map<String, Long> dueByAgency(LocalDate day);
}
