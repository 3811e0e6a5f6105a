package org.hatecrime.kit.deadletter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record the consumer parked: where it came from, which event it holds and why it was parked.
 * The record's value is not shown: the event's id and type find it in the producing service, and
 * its payload is only needed to apply it, which a re-drive does.
 */
@Schema(description = "A record this service's consumer parked instead of applying")
public record DeadLetter(
        @Schema(description = "The dead letter's id") UUID id,
        @Schema(description = "The consumer (group) that parked it") String consumer,
        @Schema(description = "The topic it was read from") String topic,
        @Schema(description = "Its partition") int partition,
        @Schema(description = "Its offset in that partition") long offset,
        @Schema(description = "The event's id; null for a record that is not an event", nullable = true) String eventId,
        @Schema(description = "The event's type; null for a record that is not an event", nullable = true) String eventType,
        @Schema(description = "Why it was parked: not an event, or the effect's last failure") String reason,
        @Schema(description = "How often its effect was tried; 0 for a record that is not an event") int attempts,
        @Schema(description = "When it was parked") OffsetDateTime parkedAt,
        @Schema(description = "Whether a re-drive settled it (applied it, or found it already applied)") boolean redriven,
        @Schema(description = "Whether it can be re-driven: an event that is not settled yet") boolean redrivable,
        @Schema(description = "The latest re-drive; absent if it was never re-driven") @JsonInclude(JsonInclude.Include.NON_NULL) Redrive lastRedrive) {
}
