package org.hatecrime.kit.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.InboxConfig;
import org.hatecrime.kit.metrics.CountsByTag;
import org.jboss.logging.Logger;

/**
 * Keeps the number of this consumer's dead letters still parked (no re-drive settled them) in the
 * gauge {@code hatecrime.dead-letters.parked}, tagged with the event type ({@value #NOT_AN_EVENT}
 * for records that are not events), counted every {@code hatecrime.dead-letters.count-interval}.
 * A parked {@code subject.erased.v1} is an erasure not yet carried out here: until it is re-driven,
 * this service still holds what the person asked to be erased, and the dead letter itself keeps
 * their victim keys. Each count that finds one logs an error, for the operator to be paged.
 * Counts only: no record is read, so nothing is audited.
 */
@ApplicationScoped
public class ParkedDeadLetters {

    public static final String GAUGE = "hatecrime.dead-letters.parked";
    static final String NOT_AN_EVENT = "not-an-event";

    private static final Logger LOG = Logger.getLogger(ParkedDeadLetters.class);

    private final DeadLetterRecords records;
    private final String consumer;
    private final CountsByTag parked;

    @Inject
    ParkedDeadLetters(DeadLetterRecords records, InboxConfig inbox, MeterRegistry registry) {
        this.records = records;
        this.consumer = inbox.consumer();
        this.parked = new CountsByTag(registry, GAUGE, "Dead letters no re-drive has settled, per event type", "event_type");
    }

    @Scheduled(identity = "parked-dead-letters", every = "${hatecrime.dead-letters.count-interval:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void countOnSchedule() {
        try {
            count();
        } catch (RuntimeException e) {
            // the gauge keeps the last count; the next round tries again
            LOG.warnf("could not count the parked dead letters: %s", e.getMessage());
        }
    }

    /** Counts the parked dead letters per event type, keeps them in the gauge and reports parked erasures; the counts. */
    public Map<String, Long> count() {
        Map<String, Long> counts = QuarkusTransaction.requiringNew().call(() -> records.countParkedByType(consumer));
        parked.set(counts);
        long erasures = counts.getOrDefault(EventTypes.SUBJECT_ERASED.type(), 0L);
        if (erasures > 0) {
            LOG.errorf("%d %s events are parked in %s: erasure is not carried out here until they are re-driven, and their dead"
                    + " letters keep the erased people's victim keys (runbook: Dead letters)", erasures, EventTypes.SUBJECT_ERASED.type(),
                    consumer);
        }
        return counts;
    }
}
