package org.hatecrime.reporting.messaging;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.hatecrime.reporting.domain.ConsentPurpose;
import org.hatecrime.reporting.domain.ConsentRecord;
import org.hatecrime.reporting.domain.Report;

/**
 * The payloads of the reporting service's events: identifiers, codes, dates and district, never
 * personal data. Each matches its JSON Schema in the event contracts, which the outbox checks.
 */
public final class ReportEvents {

    private ReportEvents() {
    }

    public record ConsentFlags(boolean shareWithPolice, boolean referToSupport, boolean statistics) {
        static ConsentFlags of(Report report) {
            return new ConsentFlags(report.consents.shareWithPolice, report.consents.referToSupport, report.consents.statistics);
        }
    }

    public record Submitted(String reportId, String reference, String agency, String channel, String reporterRole,
            boolean anonymous, String recordedAs, String offenceCategory, List<String> incidentTypes, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime occurredUntil, OffsetDateTime receivedAt,
            ConsentFlags consents, String victimKey, long earlierReportsFromSameVictim) {
    }

    public record Triaged(String reportId, String agency, List<String> strands, String district, String recordedAs,
            String offenceCategory, OffsetDateTime triagedAt) {
    }

    public record SharedWithPolice(String reportId, String reference, String agency, String force, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime sharedAt, boolean lawfulOverride, String victimKey) {
    }

    public record ReferralRequested(String reportId, String reference, String agency, String provider, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime requestedAt, String victimKey) {
    }

    public record ConsentChanged(String reportId, String agency, ConsentPurpose purpose, boolean granted, String method,
            OffsetDateTime changedAt, ConsentFlags consents) {
    }

    public record Withdrawn(String reportId, String agency, String reason, OffsetDateTime withdrawnAt) {
    }

    public record DuplicateLinked(String reportId, String duplicateOf, String agency, OffsetDateTime linkedAt) {
    }

    public record Closed(String reportId, String agency, OffsetDateTime closedAt) {
    }

    public record PoliceAcknowledged(String reportId, String force, String crimeReference, OffsetDateTime acknowledgedAt) {
    }

    public static Submitted submitted(Report report, String victimKey, long earlierReports) {
        return new Submitted(report.id.toString(), report.reference, report.agency, report.channel.name(), name(report.reporterRole),
                report.anonymous, report.recordedAs.name(), name(report.offenceCategory), Arrays.asList(report.incidentTypes),
                strands(report), report.district, report.occurredAt, report.occurredUntil, report.receivedAt,
                ConsentFlags.of(report), victimKey, earlierReports);
    }

    public static Triaged triaged(Report report, OffsetDateTime at) {
        return new Triaged(report.id.toString(), report.agency, strands(report), report.district, report.recordedAs.name(),
                name(report.offenceCategory), at);
    }

    public static SharedWithPolice sharedWithPolice(Report report, boolean lawfulOverride, String victimKey) {
        return new SharedWithPolice(report.id.toString(), report.reference, report.agency, report.sharedWithForce, strands(report),
                report.district, report.occurredAt, report.sharedAt, lawfulOverride, victimKey);
    }

    public static ReferralRequested referralRequested(Report report, String victimKey) {
        return new ReferralRequested(report.id.toString(), report.reference, report.agency, report.referredTo, strands(report),
                report.district, report.occurredAt, report.referralRequestedAt, victimKey);
    }

    public static ConsentChanged consentChanged(Report report, ConsentRecord record) {
        return new ConsentChanged(report.id.toString(), report.agency, record.purpose, record.granted, record.method.name(),
                record.recordedAt, ConsentFlags.of(report));
    }

    public static Withdrawn withdrawn(Report report, String reason, OffsetDateTime at) {
        return new Withdrawn(report.id.toString(), report.agency, reason, at);
    }

    public static DuplicateLinked duplicateLinked(Report report, OffsetDateTime at) {
        return new DuplicateLinked(report.id.toString(), report.duplicateOf.toString(), report.agency, at);
    }

    public static Closed closed(Report report, OffsetDateTime at) {
        return new Closed(report.id.toString(), report.agency, at);
    }

    public static PoliceAcknowledged policeAcknowledged(Report report, OffsetDateTime at) {
        return new PoliceAcknowledged(report.id.toString(), report.sharedWithForce, report.crimeReference, at);
    }

    private static List<String> strands(Report report) {
        return report.strands.stream().map(Enum::name).sorted().toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
