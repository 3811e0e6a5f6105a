package org.hatecrime.kit.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hatecrime.kit.inbox.InboxConfig;
import org.jboss.logging.Logger;

/**
 * Forgets the dead letters a re-drive settled once their retention has passed since that re-drive,
 * with the record of their re-drives: the event is applied, and what remains is only a copy of it.
 * A dead letter still parked (never re-driven, its re-drives failed, or not an event at all) waits
 * for an operator and is never deleted here.
 */
@ApplicationScoped
public class DeadLetterRetention {

    private static final Logger LOG = Logger.getLogger(DeadLetterRetention.class);

    private final DeadLetterRecords records;
    private final String consumer;
    private final DeadLetterConfig config;
    private final Clock clock;

    @Inject
    DeadLetterRetention(DeadLetterRecords records, InboxConfig inbox, DeadLetterConfig config, Clock clock) {
        this(records, inbox.consumer(), config, clock);
    }

    DeadLetterRetention(DeadLetterRecords records, String consumer, DeadLetterConfig config, Clock clock) {
        this.records = records;
        this.consumer = consumer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${hatecrime.dead-letters.cleanup-interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetSettledOnSchedule() {
        try {
            int forgotten = forgetSettled();
            if (forgotten > 0) {
                LOG.infof("deleted %d dead letters settled more than %s ago", forgotten, config.retention());
            }
        } catch (RuntimeException e) {
            // the next round tries again; nothing is lost by keeping them a little longer
            LOG.warnf("could not delete settled dead letters: %s", e.getMessage());
        }
    }

    /** Deletes this consumer's dead letters settled at or before the retention ago; how many. */
    public int forgetSettled() {
        OffsetDateTime settledBy = OffsetDateTime.ofInstant(clock.instant().minus(config.retention()), ZoneOffset.UTC);
        return QuarkusTransaction.requiringNew().call(() -> records.deleteSettledBy(consumer, settledBy));
    }
}
