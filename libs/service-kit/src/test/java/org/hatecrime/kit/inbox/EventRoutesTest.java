package org.hatecrime.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventTypes;
import org.junit.jupiter.api.Test;

/** Each event reaches the handler of its type, read as the consumer's own record; a handler may also see who sent it. */
class EventRoutesTest {

    record Withdrawn(UUID reportId, String reason) {
    }

    @Test
    void aHandlerThatNeedsTheEnvelopeLearnsWhichServicePublishedTheEvent() {
        List<String> seen = new ArrayList<>();
        EventRoutes routes = new EventRoutes()
                .onWithEnvelope(EventTypes.REPORT_WITHDRAWN, Withdrawn.class, (event, withdrawn) -> seen.add(event.source() + " " + withdrawn.reason()));
        UUID reportId = UUID.randomUUID();

        routes.accept(envelope("report.withdrawn.v1", reportId));
        routes.accept(envelope("report.triaged.v1", reportId));

        assertThat(seen).containsExactly("reporting-service VICTIM_REQUEST");
        assertThat(routes.handles("report.withdrawn.v1")).isTrue();
        assertThat(routes.handles("report.triaged.v1")).isFalse();
    }

    private static EventEnvelope envelope(String type, UUID reportId) {
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("reason", "VICTIM_REQUEST");
        payload.put("withdrawnAt", "2026-11-21T09:12:44.501Z");
        return new EventEnvelope(UUID.randomUUID(), type, "reporting-service", reportId.toString(), OffsetDateTime.now(), null, null, payload);
    }
}
