package org.hatecrime.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.request.RequestIds;

/**
 * Records a domain event in the caller's transaction, so the state change and its announcement
 * commit together or not at all. The {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    private final Sql sql;
    private final OutboxConfig config;
    private final Clock clock;

    Outbox(Sql sql, OutboxConfig config, Clock clock) {
        this.sql = sql;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Adds an event about an aggregate. The payload must satisfy its type's schema, which keeps
     * personal data out of events.
     *
     * @return the envelope as it will be published
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope add(EventTypes type, String aggregateId, Object payload) {
        JsonNode body = EventJson.mapper().valueToTree(payload);
        EventSchemas.requireValidPayload(type.type(), body);
        EventEnvelope envelope = new EventEnvelope(
                Randomness.uuid(),
                type.type(),
                config.source(),
                aggregateId,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                RequestIds.currentTraceparent(),
                RequestIds.current(),
                body);
        insert(type.topic(), envelope);
        return envelope;
    }

    private void insert(String topic, EventEnvelope envelope) {
        // On the connection enlisted in the caller's transaction. created_at is the insert time
        // (clock_timestamp), not the transaction's start (now()), so latency is measured honestly.
        sql.update("insert into outbox_event (id, topic, aggregate_id, event_type, envelope, created_at)"
                + " values (?, ?, ?, ?, ?, clock_timestamp())",
                envelope.id(), topic, envelope.subject(), envelope.type(), EventJson.write(envelope));
    }
}
