package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.reporting.config.IntakeConfig;

/**
 * Links a new report to earlier reports by the same (pseudonymous) victim, across agencies.
 * Reports of the same victim, district and strand within the duplicate window are flagged as
 * possible duplicates for triage; they are never merged or dropped automatically.
 */
@ApplicationScoped
public class DuplicateFinder {

    public static final String POSSIBLE_DUPLICATE = "POSSIBLE_DUPLICATE";

    private static final Sql.RowMapper<UUID> ID = row -> row.getObject(1, UUID.class);

    private final Sql sql;
    private final IntakeConfig config;

    DuplicateFinder(Sql sql, IntakeConfig config) {
        this.sql = sql;
        this.config = config;
    }

    /** What is known of the victim's earlier reports. */
    public record Findings(long earlierReports, List<UUID> possibleDuplicates) {
        static final Findings NONE = new Findings(0, List.of());
    }

    /** Records the report's victim keys and links it to possible duplicates. The report must be flushed. */
    public Findings link(Report report, List<String> victimKeys) {
        if (victimKeys.isEmpty()) {
            return Findings.NONE;
        }
        String[] keys = victimKeys.toArray(String[]::new);
        sql.update("insert into report_victim_key (report_id, victim_key) select ?, unnest(?) on conflict do nothing", report.id, keys);
        long earlier = sql.number("""
                select count(distinct k.report_id) from report_victim_key k
                 where k.victim_key = any(?) and k.report_id <> ?""", keys, report.id);
        List<UUID> duplicates = sql.list("""
                select distinct r.id from report r
                  join report_victim_key k on k.report_id = r.id
                  join report_strand s on s.report_id = r.id
                 where k.victim_key = any(?) and r.id <> ? and r.district = ?
                   and s.strand = any(?)
                   and r.occurred_at <= ? and coalesce(r.occurred_until, r.occurred_at) >= ?""", ID,
                keys, report.id, report.district, report.strands.stream().map(Enum::name).toArray(String[]::new),
                Timestamp.from(until(report).plus(config.duplicateWindow()).toInstant()),
                Timestamp.from(report.occurredAt.minus(config.duplicateWindow()).toInstant()));
        for (UUID other : duplicates) {
            link(report.id, other);
            link(other, report.id);
        }
        return new Findings(earlier, duplicates);
    }

    /** Possible duplicates of a report, found when either of them was received. */
    public List<UUID> possibleDuplicatesOf(UUID reportId) {
        return sql.list("select other_id from report_link where report_id = ? and kind = ? order by other_id", ID, reportId, POSSIBLE_DUPLICATE);
    }

    /** The data subject of the same victim's earlier reports, if any and not erased. */
    public Optional<UUID> subjectOf(List<String> victimKeys) {
        if (victimKeys.isEmpty()) {
            return Optional.empty();
        }
        return sql.first("""
                select r.subject_id from report_victim_key k
                  join report r on r.id = k.report_id
                  join subject_key s on s.subject_id = r.subject_id
                 where k.victim_key = any(?) and s.wrapped_key is not null
                 order by r.received_at limit 1""", ID, (Object) victimKeys.toArray(String[]::new));
    }

    /** The victim key events carry for a report with these keys, or null when it has none (e.g. anonymous). */
    public static String victimKeyOf(List<String> victimKeys) {
        return victimKeys.stream().sorted().findFirst().orElse(null);
    }

    /** The victim key events carry for this report, or null for anonymous reports. */
    public String victimKeyOf(UUID reportId) {
        return sql.first("select victim_key from report_victim_key where report_id = ? order by victim_key limit 1",
                row -> row.getString(1), reportId).orElse(null);
    }

    public long earlierReportsOf(Report report) {
        return sql.number("""
                select count(distinct other.report_id) from report_victim_key mine
                  join report_victim_key other on other.victim_key = mine.victim_key
                  join report r on r.id = other.report_id
                 where mine.report_id = ? and other.report_id <> ? and r.received_at < ?""",
                report.id, report.id, Timestamp.from(report.receivedAt.toInstant()));
    }

    private void link(UUID reportId, UUID otherId) {
        sql.update("insert into report_link (report_id, other_id, kind) values (?, ?, ?) on conflict do nothing", reportId, otherId,
                POSSIBLE_DUPLICATE);
    }

    private static OffsetDateTime until(Report report) {
        return report.occurredUntil != null ? report.occurredUntil : report.occurredAt;
    }
}
