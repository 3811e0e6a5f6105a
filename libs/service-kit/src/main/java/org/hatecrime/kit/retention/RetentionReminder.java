package org.hatecrime.kit.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.hatecrime.kit.metrics.CountsByTag;

/**
 * Reminds each agency's records manager of the retention reviews waiting for them: on a schedule
 * ({@code hatecrime.retention.reminder-interval}) it counts the records due today
 * ({@link DueReviews}) and keeps the count per agency in the gauge
 * {@code hatecrime.retention.reviews.due} (tag {@code agency}), for monitoring to alert on, and logs
 * each agency's count when it is above zero. Counts only: no record is read, so nothing is audited.
 * A service without records to review has no {@link DueReviews}, and this does nothing.
 */
@ApplicationScoped
public class RetentionReminder {

    public static final String GAUGE = "hatecrime.retention.reviews.due";

    private final Optional<DueReviews> reviews;
    private final CountsByTag due;
    private final Clock clock;

    @Inject
    RetentionReminder(Instance<DueReviews> reviews, MeterRegistry registry, Clock clock) {
        this(reviews.isResolvable() ? Optional.of(reviews.get()) : Optional.empty(), registry, clock);
    }

    RetentionReminder(Optional<DueReviews> reviews, MeterRegistry registry, Clock clock) {
        this.reviews = reviews;
        this.due = new CountsByTag(registry, GAUGE, "Records due for a retention review today, per agency", "agency");
        this.clock = clock;
    }

    @Scheduled(identity = "retention-reminder", every = "${hatecrime.retention.reminder-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        remind(LocalDate.now(clock));
    }

    /** Counts the reviews due on {@code day} per agency, keeps them in the gauge and logs those above zero; the counts. */
    public Map<String, Long> remind(LocalDate day) {
        if (reviews.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> counts = reviews.get().dueByAgency(day);
        due.set(counts);
        counts.forEach((agency, count) -> {
            if (count > 0) {
                Log.infof("%d records of %s are due for a retention review (%s): the review list names them", count, agency, day);
            }
        });
        return counts;
    }
}
