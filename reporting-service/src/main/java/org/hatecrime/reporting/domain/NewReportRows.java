package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.hatecrime.kit.db.Sql;

/**
 * Writes a new report, its strands and the consents it was taken with in one statement: intake is
 * the platform's busiest write, and one round trip instead of three (plus the ORM's flush) is most
 * of its database time. Later changes to a report go through the {@link Report} entity.
 */
@ApplicationScoped
public class NewReportRows {

    private static final String INSERT = """
            with new_report as (
              insert into report (id, reference, agency, channel, status, reporter_role, anonymous, perceived_by, recorded_as,
                                  offence_category, incident_types, targeted_for, injured, property_damaged, suspect_count,
                                  suspect_known_to_victim, witness_count, district, occurred_at, occurred_until, received_at,
                                  received_by, subject_id, sealed_details, consent_share_with_police, consent_refer_to_support,
                                  consent_statistics, shared_with_force, shared_at, version)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)),
            strands as (
              insert into report_strand (report_id, strand) select ?, unnest(?))
            insert into consent_record (report_id, purpose, granted, method, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)""";

    private final Sql sql;

    NewReportRows(Sql sql) {
        this.sql = sql;
    }

    /** Stores the report as received; {@code firstConsents} are its three consent decisions, one per purpose. */
    public void insert(Report report, List<ConsentRecord> firstConsents) {
        if (firstConsents.size() != ConsentPurpose.values().length) {
            throw new IllegalArgumentException("a new report starts with one consent decision per purpose");
        }
        List<Object> values = new ArrayList<>(List.of(report.id, report.reference, report.agency, report.channel.name(),
                report.status.name()));
        values.add(name(report.reporterRole));
        values.add(report.anonymous);
        values.add(name(report.perceivedBy));
        values.add(report.recordedAs.name());
        values.add(name(report.offenceCategory));
        values.add(report.incidentTypes);
        values.add(report.targetedFor);
        values.add(report.injured);
        values.add(report.propertyDamaged);
        values.add(report.suspectCount);
        values.add(report.suspectKnownToVictim);
        values.add(report.witnessCount);
        values.add(report.district);
        values.add(report.occurredAt);
        values.add(report.occurredUntil);
        values.add(report.receivedAt);
        values.add(report.receivedBy);
        values.add(report.subjectId);
        values.add(report.sealedDetails);
        values.add(report.consents.shareWithPolice);
        values.add(report.consents.referToSupport);
        values.add(report.consents.statistics);
        values.add(report.sharedWithForce);
        values.add(report.sharedAt);
        values.add(report.id);
        values.add(report.strands.stream().map(Enum::name).toArray(String[]::new));
        for (ConsentRecord consent : firstConsents) {
            values.addAll(List.of(consent.reportId, consent.purpose.name(), consent.granted, consent.method.name(), consent.recordedBy,
                    consent.recordedAt));
        }
        sql.update(INSERT, values.toArray());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
