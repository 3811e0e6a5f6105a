package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hatecrime.reporting.protection.SubjectKeys;

/**
 * Erases a person by destroying their data subject key: the sealed details of every report they
 * made, and of its follow-ups, become unreadable everywhere, backups included. Their pseudonymous
 * victim keys go too, so later reports are no longer linked to them. Coded facts (strands,
 * district, dates) remain, so statistics stay whole. Every affected report is audited.
 */
@ApplicationScoped
public class Erasure {

    private final ReportAccess access;
    private final SubjectKeys keys;

    Erasure(ReportAccess access, SubjectKeys keys) {
        this.access = access;
        this.keys = keys;
    }

    @Transactional
    public Report erase(UUID id, String reason) {
        Report report = access.forAdministrator(id, "report.erase-personal-data", "erasure: " + reason);
        List<UUID> affected = Report.<Report>list("subjectId = ?1 and id <> ?2", report.subjectId, report.id)
                .stream().map(r -> r.id).toList();
        affected.forEach(other -> access.record("report.erase-personal-data", other, "erasure with report " + id + ": " + reason));
        keys.erase(report.subjectId);
        report.getEntityManager()
                .createNativeQuery("delete from report_victim_key where report_id in (select id from report where subject_id = ?1)")
                .setParameter(1, report.subjectId)
                .executeUpdate();
        return report;
    }
}
