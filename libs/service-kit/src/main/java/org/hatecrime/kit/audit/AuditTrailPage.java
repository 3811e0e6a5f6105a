package org.hatecrime.kit.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of audit entries, newest first. */
@Schema(name = "AuditTrailPage")
public record AuditTrailPage(
        @Schema(description = "The entries of this page, newest first", required = true) List<Entry> entries,
        @Schema(description = "This page's number, from 0", example = "0", required = true) int page,
        @Schema(description = "Entries per page (at most 100)", example = "50", required = true) int size,
        @Schema(description = "Entries matching the filters in all pages", example = "2", required = true) long total) {

    /** One recorded access: who, for which agency, did what to which record, when and why. */
    @Schema(name = "AuditTrailEntry")
    public record Entry(
            @Schema(description = "Position in this service's audit log", example = "4812", required = true) long seq,
            @Schema(description = "When it happened", example = "2026-11-20T18:35:02.117Z", required = true) OffsetDateTime occurredAt,
            @Schema(description = "The user's login, or client:<id> for a partner system", example = "j.smith", required = true)
            String actor,
            @Schema(description = "The agency the actor acted for", example = "stevenage-centre", required = true) String agency,
            @Schema(description = "What was done", example = "report.read", required = true) String action,
            @Schema(description = "The kind of record", example = "report", required = true) String objectType,
            @Schema(description = "The record's id", example = "0f8d2c1a-6b0e-4c55-8f0a-1f2d3c4b5a69", required = true) String objectId,
            @Schema(description = "Why", example = "follow-up by reporting centre", required = true) String purpose,
            @Schema(description = "The request's X-Request-ID", example = "7c1e2d3f-9a8b-4c5d-8e7f-0a1b2c3d4e5f", nullable = true)
            String requestId) {
    }
}
