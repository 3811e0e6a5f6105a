package org.hatecrime.analytics.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SampleEvents;
import org.hatecrime.testkit.TestEvents;

/** Report events as intake publishes them, with the fields analytics counts by set as a test needs. */
final class AnalyticsEvents {

    private AnalyticsEvents() {
    }

    /** Publishes a {@code report.submitted.v1} received at the given time; {@code change} adjusts its payload. */
    static UUID submitted(String strand, String district, OffsetDateTime receivedAt, boolean statistics, Consumer<ObjectNode> change) {
        return submitted(UUID.randomUUID(), strand, district, receivedAt, statistics, change);
    }

    /** The same, about a report whose id the test chose (to send a later event about it first). */
    static UUID submitted(UUID reportId, String strand, String district, OffsetDateTime receivedAt, boolean statistics,
            Consumer<ObjectNode> change) {
        EventEnvelope envelope = SampleEvents.reportSubmitted(reportId, List.of(strand), district, false, false, statistics);
        ObjectNode payload = (ObjectNode) envelope.payload();
        payload.put("receivedAt", receivedAt.toString());
        payload.put("occurredAt", receivedAt.minusDays(1).toString());
        change.accept(payload);
        EventSchemas.requireValidPayload("report.submitted.v1", payload);
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(envelope));
        return reportId;
    }

    static UUID submitted(String strand, String district, OffsetDateTime receivedAt) {
        return submitted(strand, district, receivedAt, true, payload -> {
        });
    }

    /** Publishes a later event about the report, on its key so it follows the submission. */
    static void publish(UUID reportId, EventEnvelope event) {
        TestEvents.publish(Topics.REPORTS, reportId.toString(), EventJson.write(event));
    }
}
