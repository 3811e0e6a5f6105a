package org.hatecrime.kit.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.outbox.OutboxRecords;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies each event at most once per consumer.
 *
 * <p>The event id is recorded in the same transaction as the effect: a redelivered event finds its
 * id and is skipped; a failed effect rolls back the id too, so the retry applies it. After
 * {@link InboxConfig#maxAttempts()} failures the event is parked on the consumer group's dead-letter
 * topic and the consumer goes on. Failures while the database is away are not the event's: the
 * consumer waits for the database instead of counting them ({@link DatabaseOutages}).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final Sql sql;
    private final InboxConfig config;
    private final DeadLetters deadLetters;
    private final DatabaseOutages outages;

    Inbox(Sql sql, InboxConfig config, DeadLetters deadLetters, DatabaseOutages outages) {
        this.sql = sql;
        this.config = config;
        this.deadLetters = deadLetters;
        this.outages = outages;
    }

    /**
     * Applies a polled batch in order, in one transaction, each event once. Events no route handles
     * are skipped without touching the database (unread, when their event-type header says so).
     * Records that are not events, and events that did not come from the topic's owner, are parked
     * on the dead-letter topic at once and never applied. If the batch's
     * transaction fails, its events are applied one by one with retries, and an event that keeps
     * failing is parked, so one bad event never holds up or loses the others.
     */
    public void deliverAll(Iterable<ConsumerRecord<String, String>> records, EventRoutes routes) {
        List<Delivery> due = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                admit(record, routes).ifPresent(event -> due.add(new Delivery(record, event)));
            } catch (PoisonEventException e) {
                deadLetters.park(record, null, 0, e);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> due.forEach(delivery -> withRequestId(delivery.event(),
                    () -> applyOnce(delivery.event(), routes))));
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d events failed (%s); applying them one by one", due.size(), e.getMessage());
            for (Delivery delivery : due) {
                try {
                    deliver(delivery.event(), routes);
                } catch (EventFailedException failed) {
                    deadLetters.park(delivery.record(), delivery.event(), failed.attempts(), failed);
                }
            }
        }
    }

    /**
     * The event in a record that these routes apply: empty for a type no route handles (unread, when
     * its event-type header says so). A {@link PoisonEventException} for a record that is not an
     * event, or an event that did not come from its topic's owner: it is never applied. Whatever
     * reads records again (a rebuild) takes the same decision here as live delivery.
     */
    public static Optional<EventEnvelope> admit(ConsumerRecord<String, String> record, EventRoutes routes) {
        if (notFor(routes, record)) {
            return Optional.empty();
        }
        EventEnvelope event = parse(record.value());
        if (!routes.handles(event.type())) {
            return Optional.empty();
        }
        EventProvenance.check(record.topic(), event);
        return Optional.of(event);
    }

    /** Whether the record's event-type header names a type no route handles: skipped unread. */
    private static boolean notFor(EventRoutes routes, ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader(OutboxRecords.EVENT_TYPE);
        return type != null && !routes.handles(new String(type.value(), StandardCharsets.UTF_8));
    }

    private record Delivery(ConsumerRecord<String, String> record, EventEnvelope event) {
    }

    /**
     * Applies one event in a transaction of its own, retrying with a doubling back-off. Only
     * failures of the effect count as attempts; while the database is away the consumer waits.
     */
    private void deliver(EventEnvelope event, Consumer<EventEnvelope> effect) {
        withRequestId(event, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    outages.ride(event.type() + " " + event.id(),
                            () -> QuarkusTransaction.requiringNew().run(() -> applyOnce(event, effect)));
                    return;
                } catch (DatabaseOutages.DatabaseUnavailableException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (attempt >= config.maxAttempts()) {
                        throw new EventFailedException(event, attempt, e);
                    }
                    LOG.warnf("%s %s failed (attempt %d of %d): %s", event.type(), event.id(), attempt,
                            config.maxAttempts(), e.getMessage());
                    pause(attempt);
                }
            }
        });
    }

    private static void withRequestId(EventEnvelope event, Runnable action) {
        MDC.put("requestId", event.requestId() == null ? "" : event.requestId());
        try {
            action.run();
        } finally {
            MDC.remove("requestId");
        }
    }

    /**
     * Applies a parked event again, in the caller's transaction and through the same inbox: the
     * effect runs only if this consumer has not applied the event yet (false if it had).
     */
    public boolean redeliver(EventEnvelope event, Consumer<EventEnvelope> effect) {
        boolean[] applied = {false};
        withRequestId(event, () -> applied[0] = applyOnce(event, effect));
        return applied[0];
    }

    /** Whether this consumer has applied the event. */
    public boolean applied(String eventId) {
        return sql.number("select count(*) from inbox_event where consumer = ? and event_id::text = ?", config.consumer(), eventId) > 0;
    }

    private boolean applyOnce(EventEnvelope event, Consumer<EventEnvelope> effect) {
        if (recordFirstDelivery(event)) {
            effect.accept(event);
            return true;
        }
        LOG.debugf("%s %s already processed by %s", event.type(), event.id(), config.consumer());
        return false;
    }

    private boolean recordFirstDelivery(EventEnvelope event) {
        return sql.update("insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing",
                config.consumer(), event.id(), event.type()) == 1;
    }

    /** The event a record holds; a {@link PoisonEventException} if it is not one. */
    public static EventEnvelope parse(String record) {
        try {
            EventEnvelope event = EventJson.read(record);
            if (event.id() == null || event.type() == null) {
                throw new PoisonEventException("event without id or type");
            }
            return event;
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException(e.getMessage());
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(pauseAfter(attempt, config).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    /**
     * The wait after a failed attempt: the retry back-off, doubled after each further failure at most
     * {@link InboxConfig#maxDoublings()} times, and never longer than {@link InboxConfig#maxBackoff()}.
     */
    static Duration pauseAfter(int attempt, InboxConfig config) {
        Duration pause = config.retryBackoff();
        for (int doublings = 0; doublings < Math.min(attempt - 1, config.maxDoublings())
                && pause.compareTo(config.maxBackoff()) < 0; doublings++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
    }

    /** A record that can never be processed: retrying would not help. */
    public static final class PoisonEventException extends RuntimeException {
        PoisonEventException(String reason) {
            super("poison event: " + reason);
        }
    }

    /** An event whose effect kept failing; it goes to the dead-letter topic. */
    public static final class EventFailedException extends RuntimeException {
        private final int attempts;

        EventFailedException(EventEnvelope event, int attempts, Throwable cause) {
            super(event.type() + " " + event.id() + " failed after " + attempts + " attempts: " + cause.getMessage(), cause);
            this.attempts = attempts;
        }

        public int attempts() {
            return attempts;
        }
    }
}
