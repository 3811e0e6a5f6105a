package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.reporting.protection.SubjectKeys;

/**
 * Erases a data subject by destroying their key: the sealed details of the report and its
 * follow-ups become unreadable everywhere, backups included. Coded facts (strands, district,
 * dates) remain, so statistics stay whole.
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
        keys.erase(report.subjectId);
        return report;
    }
}
