package org.hatecrime.reporting.api;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.ConsentRecord;
import org.hatecrime.reporting.domain.Report;
import org.hatecrime.reporting.domain.ReportDetails;

/** A report as the agency that owns it, or the force it was shared with, sees it. */
@Schema(name = "Report", description = "A report as the agency that took it, or the force it was shared with, sees it")
public record ReportResponse(
        UUID id,
        @Schema(example = "HC-7K3M-9QXD") String reference,
        String agency,
        String channel,
        String status,
        String reporterRole,
        boolean anonymous,
        List<String> strands,
        String perceivedBy,
        String recordedAs,
        String offenceCategory,
        List<String> incidentTypes,
        List<String> targetedFor,
        boolean injured,
        boolean propertyDamaged,
        Integer suspectCount,
        Boolean suspectKnownToVictim,
        Integer witnessCount,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime occurredUntil,
        OffsetDateTime receivedAt,
        String receivedBy,
        @Schema(description = "Personal details; null once the data subject has been erased") ReportDetails details,
        RecordedConsents consents,
        List<ConsentHistoryEntry> consentHistory,
        String sharedWithForce,
        OffsetDateTime sharedAt,
        String crimeReference,
        String referredTo,
        OffsetDateTime referralRequestedAt,
        UUID duplicateOf,
        @Schema(description = "Reports the platform flagged as possibly about the same incident, possibly at other agencies")
        List<UUID> possibleDuplicates,
        @Schema(description = "How many earlier reports the same (pseudonymous) victim made, across agencies")
        long earlierReportsFromSameVictim,
        long version) {

    @Schema(name = "RecordedConsents")
    public record RecordedConsents(boolean shareWithPolice, boolean referToSupport, boolean statistics) {
    }

    @Schema(name = "ConsentHistoryEntry", description = "One consent decision, as it was recorded")
    public record ConsentHistoryEntry(String purpose, boolean granted, String method, String recordedBy, OffsetDateTime recordedAt) {
    }

    /** Everything the viewer is entitled to, gathered by the resource from the domain. */
    record Parts(Report report, ReportDetails details, List<ConsentRecord> history, List<UUID> possibleDuplicates,
            long earlierReports) {
    }

    static ReportResponse of(Parts parts) {
        Report r = parts.report();
        return new ReportResponse(r.id, r.reference, r.agency, r.channel.name(), r.status.name(), name(r.reporterRole), r.anonymous,
                r.strands.stream().map(Enum::name).sorted().toList(), name(r.perceivedBy), r.recordedAs.name(),
                name(r.offenceCategory), Arrays.asList(r.incidentTypes), Arrays.asList(r.targetedFor), r.injured, r.propertyDamaged,
                r.suspectCount, r.suspectKnownToVictim, r.witnessCount, r.district, r.occurredAt, r.occurredUntil, r.receivedAt,
                r.receivedBy, parts.details(),
                new RecordedConsents(r.consents.shareWithPolice, r.consents.referToSupport, r.consents.statistics),
                parts.history().stream().map(c -> new ConsentHistoryEntry(c.purpose.name(), c.granted, c.method.name(), c.recordedBy,
                        c.recordedAt)).toList(),
                r.sharedWithForce, r.sharedAt, r.crimeReference, r.referredTo, r.referralRequestedAt, r.duplicateOf,
                parts.possibleDuplicates(), parts.earlierReports(), r.version);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
