package org.hatecrime.kit.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;

/** Turns a stored envelope into the Kafka record: keyed by aggregate, with tracing headers. */
public final class OutboxRecords {

    public static final String EVENT_ID = "event-id";
    public static final String EVENT_TYPE = "event-type";
    public static final String TRACEPARENT = "traceparent";
    public static final String REQUEST_ID = "X-Request-ID";

    private OutboxRecords() {
    }

    public static ProducerRecord<String, String> toRecord(String topic, String aggregateId, String envelopeJson) {
        EventEnvelope envelope = EventJson.read(envelopeJson);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, envelopeJson);
        header(record, EVENT_ID, envelope.id().toString());
        header(record, EVENT_TYPE, envelope.type());
        header(record, TRACEPARENT, envelope.traceparent());
        header(record, REQUEST_ID, envelope.requestId());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
