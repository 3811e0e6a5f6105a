package org.hatecrime.kit.deadletter;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one "re-drive all" did. */
@Schema(name = "DeadLetterRedriveAll", description = "What one re-drive of every open dead letter did")
public record RedriveAll(
        @Schema(description = "Applied now, once each") int applied,
        @Schema(description = "Already applied by the consumer: nothing changed") int alreadyApplied,
        @Schema(description = "Failed again; still parked") int failed,
        @Schema(description = "Events still parked after this call (the failed ones and any beyond the per-call limit)") long stillParked,
        @Schema(description = "Each re-drive, oldest dead letter first") List<Redrive> redrives) {
}
