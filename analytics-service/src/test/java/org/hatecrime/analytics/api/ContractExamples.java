package org.hatecrime.analytics.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;
import org.hatecrime.testkit.TestEvents;

/** Publishes the event contracts' own examples, about a given aggregate and changed as a test needs. */
final class ContractExamples {

    private ContractExamples() {
    }

    static void publish(String topic, String type, UUID aggregateId, String idField, String source, Consumer<ObjectNode> change) {
        ObjectNode envelope;
        try (InputStream example = EventSchemas.class.getResourceAsStream("/examples/" + type + ".json")) {
            envelope = (ObjectNode) EventJson.mapper().readTree(example);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode payload = (ObjectNode) envelope.get("payload");
        payload.put(idField, aggregateId.toString());
        change.accept(payload);
        EventSchemas.requireValidPayload(type, payload);
        TestEvents.publish(topic, aggregateId.toString(), EventJson.write(new EventEnvelope(UUID.randomUUID(), type, source,
                aggregateId.toString(), OffsetDateTime.now(), null, null, payload)));
    }
}
