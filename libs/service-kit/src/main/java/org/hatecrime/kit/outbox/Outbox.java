package org.hatecrime.kit.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.request.RequestIds;

/**
 * Records a domain event in the caller's transaction, so the state change and its announcement
 * commit together or not at all. The {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;

    Outbox(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
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
                UUID.randomUUID(),
                type.type(),
                config.source(),
                aggregateId,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                RequestIds.currentTraceparent(),
                RequestIds.current(),
                body);
        insert(type.topic(), envelope);
        return envelope;
    }

    private void insert(String topic, EventEnvelope envelope) {
        // The connection is the one enlisted in the caller's transaction. created_at is the insert
        // time (clock_timestamp), not the transaction's start (now()), so latency is measured honestly.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into outbox_event (id, topic, aggregate_id, event_type, envelope, created_at)"
                                + " values (?, ?, ?, ?, ?, clock_timestamp())")) {
            insert.setObject(1, envelope.id());
            insert.setString(2, topic);
            insert.setString(3, envelope.subject());
            insert.setString(4, envelope.type());
            insert.setString(5, EventJson.write(envelope));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox", e);
        }
    }
}
