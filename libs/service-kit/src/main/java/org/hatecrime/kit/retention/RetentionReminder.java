package org.hatecrime.kit.retention;

import io.micrometer.core.instrument.Gauge;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> due = new ConcurrentHashMap<>();

    @Inject
    RetentionReminder(Instance<DueReviews> reviews, MeterRegistry registry, Clock clock) {
        this(reviews.isResolvable() ? Optional.of(reviews.get()) : Optional.empty(), registry, clock);
    }

    RetentionReminder(Optional<DueReviews> reviews, MeterRegistry registry, Clock clock) {
        this.reviews = reviews;
        this.registry = registry;
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
        due.forEach((agency, count) -> count.set(counts.getOrDefault(agency, 0L)));
        counts.forEach((agency, count) -> {
            gauge(agency).set(count);
            if (count > 0) {
                Log.infof("%d records of %s are due for a retention review (%s): the review list names them", count, agency, day);
            }
        });
        return counts;
    }

    private AtomicLong gauge(String agency) {
        return due.computeIfAbsent(agency, key -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(GAUGE, count, AtomicLong::get).description("Records due for a retention review today, per agency")
                    .tag("agency", key).register(registry);
            return count;
        });
    }
}
