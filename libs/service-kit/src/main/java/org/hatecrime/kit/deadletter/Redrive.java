package org.hatecrime.kit.deadletter;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One re-drive of a dead letter: who asked, when, and what came of it. */
@Schema(name = "DeadLetterRedrive", description = "One re-drive of a dead letter: who asked, when, and what came of it")
public record Redrive(
        @Schema(description = "The dead letter re-driven") UUID deadLetterId,
        @Schema(description = "The event's id, as its envelope gives it", nullable = true) String eventId,
        @Schema(description = "APPLIED: applied now, once; ALREADY_APPLIED: the consumer had applied it already, nothing changed; "
                + "FAILED: its effect failed again, it stays parked") RedriveOutcome outcome,
        @Schema(description = "Why it failed, or what happened") String detail,
        @Schema(description = "The administrator who asked") String requestedBy,
        @Schema(description = "When") OffsetDateTime requestedAt) {
}
