package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.problem.ProblemException;

/**
 * Partner systems retry; an {@code Idempotency-Key} makes that safe. The first request with a key
 * creates the report; a repeat with the same body gets the same report back; the same key with a
 * different body is refused. Concurrent repeats wait on the key's row and then see the original.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    private final Sql sql;
    private final ReportIntake intake;

    IdempotentSubmissions(Sql sql, ReportIntake intake) {
        this.sql = sql;
        this.intake = intake;
    }

    /** The outcome: the report, and what this request submitted (nothing for a repeat). */
    public record Outcome(Report report, ReportIntake.Submission submission) {
        public boolean created() {
            return submission != null;
        }
    }

    @Transactional
    public Outcome submit(String key, String requestHash, NewReport request, IntakeSource source) {
        int claimed = sql.update("insert into idempotent_submission (agency, key, request_hash) values (?, ?, ?) on conflict do nothing",
                source.agency(), key, requestHash);
        if (claimed == 0) {
            return replay(key, requestHash, source.agency());
        }
        ReportIntake.Submission submission = intake.submit(request, source);
        sql.update("update idempotent_submission set report_id = ? where agency = ? and key = ?", submission.report().id, source.agency(), key);
        return new Outcome(submission.report(), submission);
    }

    private Outcome replay(String key, String requestHash, String agency) {
        record Claim(String requestHash, UUID reportId) {
        }
        Claim claim = sql.first("select request_hash, report_id from idempotent_submission where agency = ? and key = ?",
                row -> new Claim(row.getString(1), row.getObject(2, UUID.class)), agency, key).orElseThrow();
        if (!requestHash.equals(claim.requestHash())) {
            throw ProblemException.conflict("This Idempotency-Key was already used with a different request body");
        }
        return new Outcome(Report.findById(claim.reportId()), null);
    }
}
