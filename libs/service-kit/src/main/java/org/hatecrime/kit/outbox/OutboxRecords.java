package org.hatecrime.kit.outbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hatecrime.events.EventJson;

/** Turns a stored envelope into the Kafka record: keyed by aggregate, with tracing headers. */
public final class OutboxRecords {

    public static final String EVENT_ID = "event-id";
    public static final String EVENT_TYPE = "event-type";
    public static final String TRACEPARENT = "traceparent";
    public static final String REQUEST_ID = "X-Request-ID";

    private OutboxRecords() {
    }

    /**
     * The record for a stored envelope. Only the envelope's top-level fields are read for the
     * headers; the payload is skipped, not parsed, since the relay sends the stored text as it is.
     */
    public static ProducerRecord<String, String> toRecord(String topic, String aggregateId, String envelopeJson) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, aggregateId, envelopeJson);
        Map<String, String> fields = topLevelTexts(envelopeJson);
        header(record, EVENT_ID, fields.get("id"));
        header(record, EVENT_TYPE, fields.get("type"));
        header(record, TRACEPARENT, fields.get("traceparent"));
        header(record, REQUEST_ID, fields.get("requestId"));
        if (fields.get("id") == null || fields.get("type") == null) {
            throw new IllegalArgumentException("a stored envelope without id or type");
        }
        return record;
    }

    private static Map<String, String> topLevelTexts(String json) {
        Map<String, String> texts = new HashMap<>();
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("a stored envelope that is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    texts.put(name, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("a stored envelope that is not valid JSON", e);
        }
        return texts;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
