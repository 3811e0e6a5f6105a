package org.hatecrime.reporting.domain.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.KeptEventCopies;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.protection.RetiredVictimKeys;
import org.hatecrime.kit.protection.SubjectKeys;
import org.hatecrime.reporting.domain.intake.IdempotentSubmissions;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.SubjectErased;
import org.hatecrime.reporting.domain.subjectaccess.SubjectAccessExports;

/**
 * Erases a person by destroying their data subject key: the sealed details of every report they
 * made, and of its follow-ups, become unreadable everywhere, backups included. Subjects that the
 * partnership coordinator confirmed are the same person are erased with it. Their pseudonymous
 * victim keys and the fingerprints of their submissions go too, and the victim keys are retired, so
 * a later report from the same contact details gets new keys that link to none of the old events
 * (which keep the old keys on Kafka); the keys are also blanked in the copies of the reports'
 * events kept here. Coded facts
 * (strands, district, dates) remain. Every affected report is audited, and announced once
 * ({@code subject.erased.v1}) so that every other service forgets what it holds about it. Subject
 * access exports that reached the person are erased with them.
 */
@ApplicationScoped
public class Erasure {

    private static final Sql.RowMapper<UUID> ID = row -> row.getObject(1, UUID.class);

    private final ReportAccess access;
    private final SubjectKeys keys;
    private final IdempotentSubmissions submissions;
    private final KeptEventCopies keptEvents;
    private final RetiredVictimKeys retiredKeys;
    private final ReportEventPublisher events;
    private final SubjectAccessExports exports;
    private final Sql sql;
    private final Clock clock;

    Erasure(ReportAccess access, SubjectKeys keys, IdempotentSubmissions submissions, KeptEventCopies keptEvents,
            RetiredVictimKeys retiredKeys, ReportEventPublisher events, SubjectAccessExports exports, Sql sql, Clock clock) {
        this.exports = exports;
        this.access = access;
        this.keys = keys;
        this.submissions = submissions;
        this.keptEvents = keptEvents;
        this.retiredKeys = retiredKeys;
        this.events = events;
        this.sql = sql;
        this.clock = clock;
    }

    @Transactional
    public Report erase(UUID id, String reason) {
        Report report = access.forAdministrator(id, "report.erase-personal-data", "erasure: " + reason);
        UUID erasureId = Randomness.uuid();
        OffsetDateTime at = OffsetDateTime.now(clock);
        List<UUID> subjects = sql.list("""
                with recursive same_person(subject_id) as (
                  select ?::uuid
                  union
                  select l.linked_subject_id from subject_link l join same_person p on l.subject_id = p.subject_id)
                select subject_id from same_person""", ID, report.subjectId());
        Set<String> victimKeys = new TreeSet<>();
        for (UUID subject : subjects) {
            for (UUID reached : sql.list("select id from report where subject_id = ? order by id", ID, subject)) {
                if (!reached.equals(report.id())) {
                    access.record("report.erase-personal-data", reached, "erasure with report " + id + ": " + reason);
                }
                victimKeys.addAll(forget(reached, erasureId, at));
            }
            keys.erase(subject);
            submissions.forgetFingerprintsOf(subject);
        }
        exports.forgetExportsOf(subjects, victimKeys, erasureId, at);
        return report;
    }

    /** Forgets the report's victim keys (retiring them) and announces its erasure; the keys it had. */
    private List<String> forget(UUID reportId, UUID erasureId, OffsetDateTime at) {
        List<String> victimKeys = sql.list("select victim_key from report_victim_key where report_id = ? order by victim_key",
                row -> row.getString(1), reportId);
        sql.update("delete from report_victim_key where report_id = ?", reportId);
        retiredKeys.retire(victimKeys, at);
        keptEvents.forgetVictimKeyOf(reportId);
        events.publish(new SubjectErased(erasureId, reportId, victimKeys, at, true));
        return victimKeys;
    }
}
