package org.hatecrime.analytics.messaging.rebuild;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rebuild of the read models as an operator follows it. */
@Schema(name = "ReadModelRebuild", description = "A rebuild of analytics' read models from every event, and how far it has come")
public record RebuildProgress(
        @Schema(description = "The rebuild's id") UUID id,
        @Schema(description = "RUNNING: reading every event into fresh tables, the live ones still serving; SWITCHING: replacing the "
                + "live tables in one transaction; COMPLETED: the live tables hold the rebuilt read models; FAILED or ABANDONED: "
                + "stopped before the switch-over, the live tables are as they were") RebuildState state,
        @Schema(description = "The administrator who started it") String requestedBy,
        @Schema(description = "When it started") OffsetDateTime startedAt,
        @Schema(description = "When it completed or stopped", nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "Records on the topics when it started, from the beginning of each partition") long recordsTotal,
        @Schema(description = "Records read so far; more than the total once it catches up with records published since it started")
        long recordsRead,
        @Schema(description = "Events applied to the fresh tables") long eventsApplied,
        @Schema(description = "Events whose effect failed in the fresh tables (the live consumer parks such events as dead letters)")
        long eventsFailed,
        @Schema(description = "Why it failed, or what the switch-over did", nullable = true) String detail,
        @Schema(description = "Each partition read") List<PartitionProgress> partitions) {

    /** One partition of a topic: where it began, where it ended when the rebuild started, and how far the rebuild has read. */
    @Schema(name = "ReadModelRebuildPartition", description = "How far a rebuild has read one partition")
    public record PartitionProgress(
            @Schema(description = "The topic") String topic,
            @Schema(description = "The partition") int partition,
            @Schema(description = "Its first offset") long fromOffset,
            @Schema(description = "Its end when the rebuild started") long untilOffset,
            @Schema(description = "The next offset the rebuild reads") long position) {
    }
}
