package org.hatecrime.reporting.domain.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.SubjectKeys;
import org.hatecrime.reporting.domain.intake.IdempotentSubmissions;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * Erases a person by destroying their data subject key: the sealed details of every report they
 * made, and of its follow-ups, become unreadable everywhere, backups included. Subjects that the
 * partnership coordinator confirmed are the same person are erased with it. Their pseudonymous
 * victim keys and the fingerprints of their submissions go too, so nothing links them later.
 * Coded facts (strands, district, dates) remain, so statistics stay whole. Every affected report
 * is audited.
 */
@ApplicationScoped
public class Erasure {

    private static final Sql.RowMapper<UUID> ID = row -> row.getObject(1, UUID.class);

    private final ReportAccess access;
    private final SubjectKeys keys;
    private final IdempotentSubmissions submissions;
    private final Sql sql;

    Erasure(ReportAccess access, SubjectKeys keys, IdempotentSubmissions submissions, Sql sql) {
        this.access = access;
        this.keys = keys;
        this.submissions = submissions;
        this.sql = sql;
    }

    @Transactional
    public Report erase(UUID id, String reason) {
        Report report = access.forAdministrator(id, "report.erase-personal-data", "erasure: " + reason);
        List<UUID> subjects = sql.list("""
                with recursive same_person(subject_id) as (
                  select ?::uuid
                  union
                  select l.linked_subject_id from subject_link l join same_person p on l.subject_id = p.subject_id)
                select subject_id from same_person""", ID, report.subjectId());
        for (UUID subject : subjects) {
            sql.list("select id from report where subject_id = ? and id <> ?", ID, subject, report.id())
                    .forEach(other -> access.record("report.erase-personal-data", other, "erasure with report " + id + ": " + reason));
            keys.erase(subject);
            submissions.forgetFingerprintsOf(subject);
            sql.update("delete from report_victim_key where report_id in (select id from report where subject_id = ?)", subject);
        }
        return report;
    }
}
