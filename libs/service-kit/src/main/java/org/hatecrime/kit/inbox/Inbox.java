package org.hatecrime.kit.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Applies each event at most once per consumer.
 *
 * <p>The event id is recorded in the same transaction as the effect: a redelivered event finds its
 * id and is skipped; a failed effect rolls back the id too, so the retry applies it. After
 * {@link InboxConfig#maxAttempts()} failures the exception escapes, and the messaging layer sends
 * the record to the consumer group's dead-letter topic with the reason in its headers.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final AgroalDataSource dataSource;
    private final InboxConfig config;

    Inbox(AgroalDataSource dataSource, InboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * Parses the record and applies the effect once, in a transaction of its own.
     *
     * @throws PoisonEventException when the record is not an event envelope (it is not retried)
     */
    public void deliver(String record, Consumer<EventEnvelope> effect) {
        deliver(parse(record), effect);
    }

    /**
     * Applies the event with its route, once. Events no route handles are skipped without touching
     * the database: they have no effect to record.
     *
     * @throws PoisonEventException when the record is not an event envelope (it is not retried)
     */
    public void deliver(String record, EventRoutes routes) {
        EventEnvelope event = parse(record);
        if (!routes.handles(event.type())) {
            LOG.tracef("%s %s is not for %s", event.type(), event.id(), config.consumer());
            return;
        }
        deliver(event, routes);
    }

    private void deliver(EventEnvelope event, Consumer<EventEnvelope> effect) {
        MDC.put("requestId", event.requestId() == null ? "" : event.requestId());
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> applyOnce(event, effect));
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= config.maxAttempts()) {
                        throw new EventFailedException(event, attempt, e);
                    }
                    LOG.warnf("%s %s failed (attempt %d of %d): %s", event.type(), event.id(), attempt,
                            config.maxAttempts(), e.getMessage());
                    pause(attempt);
                }
            }
        } finally {
            MDC.remove("requestId");
        }
    }

    private void applyOnce(EventEnvelope event, Consumer<EventEnvelope> effect) {
        if (recordFirstDelivery(event)) {
            effect.accept(event);
        } else {
            LOG.debugf("%s %s already processed by %s", event.type(), event.id(), config.consumer());
        }
    }

    private boolean recordFirstDelivery(EventEnvelope event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?) on conflict do nothing")) {
            insert.setString(1, config.consumer());
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the event in the inbox", e);
        }
    }

    private static EventEnvelope parse(String record) {
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
            long doubled = config.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
            Thread.sleep(Math.min(doubled, config.maxBackoff().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }

    /** A record that can never be processed: retrying would not help. */
    public static final class PoisonEventException extends RuntimeException {
        PoisonEventException(String reason) {
            super("poison event: " + reason);
        }
    }

    /** An event whose effect kept failing; it goes to the dead-letter topic. */
    public static final class EventFailedException extends RuntimeException {
        EventFailedException(EventEnvelope event, int attempts, Throwable cause) {
            super(event.type() + " " + event.id() + " failed after " + attempts + " attempts: " + cause.getMessage(), cause);
        }
    }
}
