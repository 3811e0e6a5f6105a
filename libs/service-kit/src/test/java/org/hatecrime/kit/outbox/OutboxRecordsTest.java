package org.hatecrime.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.junit.jupiter.api.Test;

/** The headers consumers filter and trace by come from the stored envelope's own top-level fields. */
class OutboxRecordsTest {

    @Test
    void theRecordCarriesTheEnvelopeAsStoredWithItsIdTypeAndTracingHeaders() {
        UUID id = UUID.randomUUID();
        // the payload has fields of the same names: only the envelope's own may become headers
        EventEnvelope envelope = new EventEnvelope(id, "report.submitted.v1", "reporting-service", "report-1",
                OffsetDateTime.parse("2026-11-30T02:00:00Z"), "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "req-42",
                EventJson.mapper().createObjectNode().put("id", "not-the-event").put("type", "not-the-type")
                        .set("nested", EventJson.mapper().createObjectNode().put("requestId", "not-the-request")));
        String stored = EventJson.write(envelope);

        ProducerRecord<String, String> record = OutboxRecords.toRecord("hatecrime.reports.v1", "report-1", stored);

        assertThat(record.value()).isEqualTo(stored);
        assertThat(record.key()).isEqualTo("report-1");
        assertThat(header(record, OutboxRecords.EVENT_ID)).isEqualTo(id.toString());
        assertThat(header(record, OutboxRecords.EVENT_TYPE)).isEqualTo("report.submitted.v1");
        assertThat(header(record, OutboxRecords.TRACEPARENT)).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(header(record, OutboxRecords.REQUEST_ID)).isEqualTo("req-42");
    }

    @Test
    void anEnvelopeWithoutTracingHasNoTracingHeaders() {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "report.closed.v1", "reporting-service", "report-2",
                OffsetDateTime.parse("2026-11-30T02:00:00Z"), null, null, EventJson.mapper().createObjectNode());

        ProducerRecord<String, String> record = OutboxRecords.toRecord("hatecrime.reports.v1", "report-2", EventJson.write(envelope));

        assertThat(record.headers().lastHeader(OutboxRecords.TRACEPARENT)).isNull();
        assertThat(record.headers().lastHeader(OutboxRecords.REQUEST_ID)).isNull();
    }

    @Test
    void aStoredRowThatIsNotAnEnvelopeIsRefused() {
        assertThatThrownBy(() -> OutboxRecords.toRecord("t", "k", "{\"data\":{}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxRecords.toRecord("t", "k", "not json")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
