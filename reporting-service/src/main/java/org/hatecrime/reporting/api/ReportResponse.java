package org.hatecrime.reporting.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportDetails;

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
        @Schema(description = "Personal details; null once the data subject has been erased, and null for the force the report "
                + "was shared with once the victim withdrew consent to share (unless it was shared on a lawful basis)")
        ReportDetails details,
        RecordedConsents consents,
        List<ConsentHistoryEntry> consentHistory,
        String sharedWithForce,
        OffsetDateTime sharedAt,
        @Schema(description = "True when the report was shared with the police without consent, on a lawful basis two administrators agreed")
        boolean sharedOnLawfulBasis,
        String crimeReference,
        String referredTo,
        OffsetDateTime referralRequestedAt,
        @Schema(description = "The report this one duplicates; null for a force reading a report shared with it")
        UUID duplicateOf,
        @Schema(description = "Your agency's reports the platform flagged as possibly about the same incident, and reports of "
                + "other agencies the partnership coordinator confirmed as the same incident; null for a force reading a report "
                + "shared with it")
        List<UUID> possibleDuplicates,
        @Schema(description = "How many earlier reports the same (pseudonymous) victim made to your agency; null for a force "
                + "reading a report shared with it")
        Long earlierReportsFromSameVictim,
        @Schema(description = "When a retention review anonymised the report's personal details (details then hold nothing); "
                + "null if it has not")
        OffsetDateTime anonymisedAt,
        long version) {

    @Schema(name = "RecordedConsents")
    public record RecordedConsents(boolean shareWithPolice, boolean referToSupport, boolean statistics) {
    }

    @Schema(name = "ConsentHistoryEntry", description = "One consent decision, as it was recorded")
    public record ConsentHistoryEntry(String purpose, boolean granted, String method, String recordedBy, OffsetDateTime recordedAt) {
    }

    /**
     * What the viewer is entitled to, gathered from the domain: details null when withheld; links
     * (possible duplicates, earlier reports, duplicate of) null for anyone but the agency that took it.
     */
    record Parts(Report report, ReportDetails details, List<UUID> possibleDuplicates, Long earlierReports) {
    }

    static ReportResponse of(Parts parts) {
        Report r = parts.report();
        return new ReportResponse(r.id(), r.reference(), r.agency(), r.channel().name(), r.status().name(), name(r.reporterRole()),
                r.anonymous(), r.strandCodes(), name(r.perceivedBy()), r.recordedAs().name(), name(r.offenceCategory()),
                r.incidentTypes(), r.targetedFor(), r.injured(), r.propertyDamaged(), r.suspectCount(), r.suspectKnownToVictim(),
                r.witnessCount(), r.district(), r.occurredAt(), r.occurredUntil(), r.receivedAt(), r.receivedBy(), parts.details(),
                new RecordedConsents(r.consents().shareWithPolice(), r.consents().referToSupport(), r.consents().statistics()),
                r.consentHistory().stream().map(c -> new ConsentHistoryEntry(c.purpose().name(), c.granted(), c.method().name(),
                        c.recordedBy(), c.recordedAt())).toList(),
                r.sharedWithForce(), r.sharedAt(), r.sharedOnLawfulBasis(), r.crimeReference(), r.referredTo(), r.referralRequestedAt(),
                parts.possibleDuplicates() == null ? null : r.duplicateOf(), parts.possibleDuplicates(), parts.earlierReports(),
                r.anonymisedAt(), r.version());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
