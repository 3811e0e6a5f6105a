package org.hatecrime.kit.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reminder keeps, per agency, how many records wait for a retention review, for monitoring to alert on. */
class RetentionReminderTest {

    private static final LocalDate TODAY = LocalDate.of(2032, 12, 1);

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final Map<String, Long> dueNow = new HashMap<>();
    private final Map<LocalDate, Integer> askedFor = new HashMap<>();

    private final RetentionReminder reminder = new RetentionReminder(Optional.of(day -> {
        askedFor.merge(day, 1, Integer::sum);
        return Map.copyOf(dueNow);
    }), metrics, Clock.systemUTC());

    @Test
    void eachAgencysDueReviewsAreCountedInTheGauge() {
        dueNow.put("stevenage-centre", 3L);
        dueNow.put("watford-centre", 1L);

        assertThat(reminder.remind(TODAY)).containsEntry("stevenage-centre", 3L).containsEntry("watford-centre", 1L);

        assertThat(due("stevenage-centre")).isEqualTo(3);
        assertThat(due("watford-centre")).isEqualTo(1);
        assertThat(askedFor).containsOnlyKeys(TODAY);
    }

    @Test
    void anAgencyWhoseReviewsWereAllDecidedFallsToZero() {
        dueNow.put("stevenage-centre", 3L);
        reminder.remind(TODAY);
        dueNow.clear();

        reminder.remind(TODAY.plusDays(1));

        assertThat(due("stevenage-centre")).isZero();
    }

    @Test
    void aServiceWithNothingToReviewHasNoGauge() {
        RetentionReminder none = new RetentionReminder(Optional.empty(), metrics, Clock.systemUTC());

        assertThat(none.remind(TODAY)).isEmpty();
        assertThat(metrics.find(RetentionReminder.GAUGE).gauges()).isEmpty();
    }

    private double due(String agency) {
        return metrics.get(RetentionReminder.GAUGE).tag("agency", agency).gauge().value();
    }
}
