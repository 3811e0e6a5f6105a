package org.hatecrime.reporting.domain.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hatecrime.kit.db.Sql;

/**
 * Writes a report just received, its strands and its first consent records in one set-based
 * statement. Intake is the platform's busiest write: one round trip instead of the ORM's flush of
 * three tables keeps it within its latency budget (ADR 0010's set-based fallback). Every later
 * change to a report goes through {@link Reports}. The columns are listed once, each beside the
 * aggregate's value it takes; {@code NewReportRowsTest} checks that they are every column of the
 * table and that the stored report loads back equal, field by field.
 */
@ApplicationScoped
public class NewReportRows {

    private record Column(String name, Function<Report, Object> value) {
    }

    private static final List<Column> REPORT_COLUMNS = List.of(
            new Column("id", Report::id),
            new Column("reference", Report::reference),
            new Column("agency", Report::agency),
            new Column("channel", report -> name(report.channel())),
            new Column("status", report -> name(report.status())),
            new Column("reporter_role", report -> name(report.reporterRole())),
            new Column("anonymous", Report::anonymous),
            new Column("perceived_by", report -> name(report.perceivedBy())),
            new Column("recorded_as", report -> name(report.recordedAs())),
            new Column("offence_category", report -> name(report.offenceCategory())),
            new Column("incident_types", report -> report.incidentTypes().toArray(String[]::new)),
            new Column("targeted_for", report -> report.targetedFor().toArray(String[]::new)),
            new Column("injured", Report::injured),
            new Column("property_damaged", Report::propertyDamaged),
            new Column("suspect_count", Report::suspectCount),
            new Column("suspect_known_to_victim", Report::suspectKnownToVictim),
            new Column("witness_count", Report::witnessCount),
            new Column("district", Report::district),
            new Column("occurred_at", Report::occurredAt),
            new Column("occurred_until", Report::occurredUntil),
            new Column("received_at", Report::receivedAt),
            new Column("received_by", Report::receivedBy),
            new Column("subject_id", Report::subjectId),
            new Column("sealed_details", Report::sealedDetails),
            new Column("consent_share_with_police", report -> report.consents().shareWithPolice()),
            new Column("consent_refer_to_support", report -> report.consents().referToSupport()),
            new Column("consent_statistics", report -> report.consents().statistics()),
            new Column("shared_with_force", Report::sharedWithForce),
            new Column("shared_at", Report::sharedAt),
            new Column("shared_lawful_basis", Report::lawfulBasis),
            new Column("crime_reference", Report::crimeReference),
            new Column("referred_to", Report::referredTo),
            new Column("referral_requested_at", Report::referralRequestedAt),
            new Column("duplicate_of", Report::duplicateOf),
            new Column("follow_up_code_hash", Report::followUpCodeHash),
            new Column("ended_at", Report::endedAt),
            new Column("anonymised_at", Report::anonymisedAt),
            new Column("version", Report::version));

    private static final String INSERT = """
            with new_report as (
              insert into report (%s) values (%s)),
            strands as (
              insert into report_strand (report_id, strand) select ?, unnest(?))
            insert into consent_record (report_id, purpose, granted, method, recorded_by, recorded_at)
            select ?, purpose, granted::boolean, method, recorded_by, recorded_at::timestamptz
              from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                   as consent(purpose, granted, method, recorded_by, recorded_at)""".formatted(
            REPORT_COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")),
            REPORT_COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", ")));

    private final Sql sql;

    NewReportRows(Sql sql) {
        this.sql = sql;
    }

    /** The columns of {@code report} this writes, in order. */
    static List<String> reportColumns() {
        return REPORT_COLUMNS.stream().map(Column::name).toList();
    }

    /** Stores a report that is not stored yet, with its strands and consent history. */
    public void insert(Report report) {
        List<Object> values = new ArrayList<>(REPORT_COLUMNS.size() + 8);
        REPORT_COLUMNS.forEach(column -> values.add(column.value().apply(report)));
        values.add(report.id());
        values.add(report.strands().stream().map(Enum::name).toArray(String[]::new));
        // the kit's Sql binds text arrays: the consents' flags and times are cast in the statement
        List<ConsentRecord> consents = report.consentHistory();
        values.add(report.id());
        values.add(consents.stream().map(consent -> consent.purpose().name()).toArray(String[]::new));
        values.add(consents.stream().map(consent -> Boolean.toString(consent.granted())).toArray(String[]::new));
        values.add(consents.stream().map(consent -> consent.method().name()).toArray(String[]::new));
        values.add(consents.stream().map(ConsentRecord::recordedBy).toArray(String[]::new));
        values.add(consents.stream().map(consent -> consent.recordedAt().toString()).toArray(String[]::new));
        sql.update(INSERT, values.toArray());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
