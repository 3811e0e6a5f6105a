package org.hatecrime.reporting.domain.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.reporting.domain.report.NewReport;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * Partner systems retry; an {@code Idempotency-Key} makes that safe. The first request with a key
 * creates the report; a repeat with the same body gets the same report back (audited as a read of
 * it); the same key with a different body is refused. Concurrent repeats wait on the key's row and
 * then see the original. Erasure blanks the stored fingerprint, so it cannot link a person later.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    private final Sql sql;
    private final ReportIntake intake;
    private final ReportAccess access;

    IdempotentSubmissions(Sql sql, ReportIntake intake, ReportAccess access) {
        this.sql = sql;
        this.intake = intake;
        this.access = access;
    }

    /** The outcome: the report, and what this request submitted (nothing for a repeat). */
    public record Outcome(Report report, ReportIntake.Submission submission) {
        public boolean created() {
            return submission != null;
        }
    }

    @Transactional
    public Outcome submit(String key, String requestFingerprint, NewReport request, IntakeSource source) {
        // the claim names the report it is about to create (the reference is checked at commit, V7)
        UUID reportId = Randomness.uuid();
        int claimed = sql.update("""
                insert into idempotent_submission (agency, key, request_hash, report_id) values (?, ?, ?, ?)
                on conflict do nothing""", source.agency(), key, requestFingerprint, reportId);
        if (claimed == 0) {
            return replay(key, requestFingerprint, source.agency());
        }
        ReportIntake.Submission submission = intake.submit(reportId, request, source, report -> { });
        return new Outcome(submission.report(), submission);
    }

    private Outcome replay(String key, String requestFingerprint, String agency) {
        record Claim(String requestFingerprint, UUID reportId) {
        }
        Claim claim = sql.first("select request_hash, report_id from idempotent_submission where agency = ? and key = ?",
                row -> new Claim(row.getString(1), row.getObject(2, UUID.class)), agency, key).orElseThrow();
        if (!requestFingerprint.equals(claim.requestFingerprint())) {
            throw new DomainException.RuleBroken("This Idempotency-Key was already used with a different request body");
        }
        // the repeat answers with the report's details, so it is a read like any other
        return new Outcome(access.read(claim.reportId(), "idempotent replay of a submission"), null);
    }

    /** Forgets the fingerprints of the given reports' submissions (erasure). */
    public void forgetFingerprintsOf(UUID subjectId) {
        sql.update("""
                update idempotent_submission set request_hash = 'erased'
                 where report_id in (select id from report where subject_id = ?)""", subjectId);
    }
}
