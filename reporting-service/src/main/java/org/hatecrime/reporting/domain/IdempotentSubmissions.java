package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.problem.ProblemException;

/**
 * Partner systems retry; an {@code Idempotency-Key} makes that safe. The first request with a key
 * creates the report; a repeat with the same body gets the same report back; the same key with a
 * different body is refused. Concurrent repeats wait on the key's row and then see the original.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    private final EntityManager entityManager;
    private final ReportIntake intake;

    IdempotentSubmissions(EntityManager entityManager, ReportIntake intake) {
        this.entityManager = entityManager;
        this.intake = intake;
    }

    /** The outcome: the report, and whether this request created it. */
    public record Outcome(Report report, boolean created) {
    }

    @Transactional
    public Outcome submit(String key, String requestHash, NewReport request, IntakeSource source) {
        int claimed = entityManager.createNativeQuery(
                        "insert into idempotent_submission (agency, key, request_hash) values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, source.agency()).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
        if (claimed == 0) {
            return replay(key, requestHash, source.agency());
        }
        Report report = intake.submit(request, source);
        entityManager.createNativeQuery("update idempotent_submission set report_id = ?1 where agency = ?2 and key = ?3")
                .setParameter(1, report.id).setParameter(2, source.agency()).setParameter(3, key).executeUpdate();
        return new Outcome(report, true);
    }

    private Outcome replay(String key, String requestHash, String agency) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select request_hash, report_id from idempotent_submission where agency = ?1 and key = ?2")
                .setParameter(1, agency).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw ProblemException.conflict("This Idempotency-Key was already used with a different request body");
        }
        return new Outcome(Report.findById((UUID) row[1]), false);
    }
}
