package org.hatecrime.analytics.domain.prevention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of the partnership's prevention work: what, for whom, where, on which strands and when. */
@Schema(name = "PreventionActivity", description = "A prevention activity as logged; a description of the activity, never of a person")
public record PreventionActivity(
        @Schema(example = "3f6c2a9e-1b4d-4e8f-a7c5-0d9e8f7a6b5c") UUID id,
        @Schema(description = "The agency that logged it", example = "herts-csp") String agency,
        @Schema(example = "SESSION") Kind kind,
        @Schema(example = "SCHOOL") Audience audience,
        @Schema(example = "Assemblies on disability hate crime, years 7 to 9") String title,
        @Schema(example = "STEVENAGE") String district,
        @Schema(example = "[\"DISABILITY\"]") List<String> strands,
        @Schema(example = "2026-03-02") LocalDate startsOn,
        @Schema(example = "2026-03-13") LocalDate endsOn,
        @Schema(description = "People reached, if known", example = "640", nullable = true) Integer reach,
        @Schema(example = "analyst-herts") String recordedBy,
        @Schema(example = "2026-03-16T10:02:11.204Z") OffsetDateTime recordedAt) {

    public enum Kind { SESSION, CAMPAIGN, TRAINING, COMMUNITY_EVENT, OTHER }

    public enum Audience { SCHOOL, FAITH_GROUP, COMMUNITY, BUSINESS, TRANSPORT, ONLINE, PROFESSIONALS, OTHER }
}
