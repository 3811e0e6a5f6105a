package org.hatecrime.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventSchemas;

/** Envelopes as the reporting service publishes them, for consumers' tests. */
public final class SampleEvents {

    private SampleEvents() {
    }

    /** A valid {@code report.submitted.v1} about a new report. */
    public static EventEnvelope reportSubmitted(UUID reportId, List<String> strands, String district,
            boolean shareWithPolice, boolean referToSupport, boolean statistics) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode payload = EventJson.mapper().createObjectNode();
        payload.put("reportId", reportId.toString());
        payload.put("reference", "HC-" + reportId.toString().substring(0, 4).toUpperCase().replaceAll("[^0-9A-HJKMNP-TV-Z]", "7")
                + "-9QXD");
        payload.put("agency", "stevenage-centre");
        payload.put("channel", "THIRD_PARTY_CENTRE");
        strands.forEach(payload.putArray("strands")::add);
        payload.put("district", district);
        payload.put("occurredAt", now.minusDays(1).toString());
        payload.put("receivedAt", now.toString());
        ObjectNode consents = payload.putObject("consents");
        consents.put("shareWithPolice", shareWithPolice);
        consents.put("referToSupport", referToSupport);
        consents.put("statistics", statistics);
        EventSchemas.requireValidPayload("report.submitted.v1", payload);
        return new EventEnvelope(UUID.randomUUID(), "report.submitted.v1", "reporting-service", reportId.toString(), now,
                null, "test-" + UUID.randomUUID(), payload);
    }
}
