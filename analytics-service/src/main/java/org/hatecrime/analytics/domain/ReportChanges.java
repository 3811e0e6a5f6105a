package org.hatecrime.analytics.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of the later report events analytics reads: what changes whether and how a report counts. */
public final class ReportChanges {

    private ReportChanges() {
    }

    /** {@code report.consent-changed.v1}: the consents as they stand after the change. */
    public record ConsentChanged(UUID reportId, ReportSubmitted.Consents consents) {
    }

    /** {@code report.withdrawn.v1}. */
    public record Withdrawn(UUID reportId, OffsetDateTime withdrawnAt) {
    }

    /** {@code report.triaged.v1}: the centre's checked strands, district and recording. */
    public record Triaged(UUID reportId, List<String> strands, String district, String recordedAs) {
    }

    /**
     * {@code subject.erased.v1}: the person the report is about was erased at intake. The victim keys
     * the event carries are not read: analytics never holds them.
     */
    public record SubjectErased(UUID erasureId, UUID reportId, OffsetDateTime erasedAt) {
    }

    /** {@code report.duplicate-linked.v1}. */
    public record DuplicateLinked(UUID reportId, UUID duplicateOf) {
    }
}
