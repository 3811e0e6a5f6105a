package org.hatecrime.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What travels on every topic: who said what happened to which aggregate, and when.
 *
 * <p>The payload carries identifiers, codes, dates and districts only; a consumer that needs
 * personal data fetches it from the owning service (claim check), so events can be retained,
 * replayed and read by analytics without holding anything that identifies a victim.
 *
 * @param id unique event id, the key of every consumer's inbox
 * @param type versioned type such as {@code report.submitted.v1}
 * @param source the service that produced it
 * @param subject the aggregate id; also the Kafka record key, so one aggregate's events stay in order
 * @param occurredAt when the state change committed
 * @param traceparent W3C trace context of the request that caused it (may be null)
 * @param requestId the {@code X-Request-ID} of that request (may be null)
 * @param payload the type-specific body, valid against {@code schemas/<type>.json}
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        String subject,
        OffsetDateTime occurredAt,
        String traceparent,
        String requestId,
        JsonNode payload) {
}
