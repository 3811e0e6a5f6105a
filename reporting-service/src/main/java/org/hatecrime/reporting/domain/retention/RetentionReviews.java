package org.hatecrime.reporting.domain.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.KeptEventCopies;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.retention.DueReviews;
import org.hatecrime.kit.retention.RetentionDecision;
import org.hatecrime.kit.retention.RetentionDecisions;
import org.hatecrime.kit.retention.ReviewDecision;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportDetails;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.SubjectErased;
import org.hatecrime.reporting.domain.subjectaccess.SubjectAccessExports;

/**
 * Storage limitation: a report's personal details come up for review a configured time after the
 * report ended (or was received, if it never ended), and an administrator decides, with a reason,
 * to keep them until a later review or to anonymise them. Anonymising replaces the details with
 * nothing and forgets the report's follow-ups, victim keys and submission fingerprint; the coded
 * facts stay, and the other services are told to forget the report as for an erasure. Reports
 * whose subject is erased, or already anonymised, hold nothing to review.
 */
@ApplicationScoped
public class RetentionReviews implements DueReviews {

    private static final String RECORD_COLUMN = "report_id";

    private static final String REVIEW_DUE = RetentionDecisions.reviewDue("r.ended_at", "r.received_at");

    private static final String DUE_REPORTS = """
            select r.id, r.reference, r.agency, r.status, r.received_at, r.ended_at, d.keep_until, %s as review_due
              from report r
              join subject_key k on k.subject_id = r.subject_id and k.wrapped_key is not null
              %s
             where r.anonymised_at is null and %s <= ?"""
            .formatted(REVIEW_DUE, RetentionDecisions.latestKeep(RECORD_COLUMN, "r.id"), REVIEW_DUE);

    private static final Sql.RowMapper<RetentionReview> REVIEW = row -> new RetentionReview(row.getObject(1, UUID.class),
            row.getString(2), row.getString(3), row.getString(4), row.getObject(5, OffsetDateTime.class),
            row.getObject(6, OffsetDateTime.class), row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class));

    private final Sql sql;
    private final ReportAccess access;
    private final SealedData sealedData;
    private final KeptEventCopies keptEvents;
    private final ReportEventPublisher events;
    private final RetentionDecisions decisions;
    private final SubjectAccessExports exports;

    RetentionReviews(Sql sql, ReportAccess access, SealedData sealedData, KeptEventCopies keptEvents, ReportEventPublisher events,
            RetentionDecisions decisions, SubjectAccessExports exports) {
        this.sql = sql;
        this.access = access;
        this.sealedData = sealedData;
        this.keptEvents = keptEvents;
        this.events = events;
        this.decisions = decisions;
        this.exports = exports;
    }

    /** Reports due for review on or before {@code dueBy}, the longest waiting first. */
    @Transactional
    public List<RetentionReview> due(LocalDate dueBy, int page, int size) {
        String period = decisions.period();
        return sql.list(DUE_REPORTS + " order by review_due, r.id limit ? offset ?", REVIEW, period, period, dueBy, size,
                (long) page * size);
    }

    /** Reports due for review on or before {@code day}, counted per agency that took them: for the reminder, no report is read. */
    @Override
    @Transactional
    public Map<String, Long> dueByAgency(LocalDate day) {
        return decisions.dueByAgency(DUE_REPORTS, "agency", day);
    }

    /** Records the review of a due report and carries it out. */
    @Transactional
    public RetentionDecision decide(UUID reportId, ReviewDecision decision, String reason, LocalDate keepUntil) {
        OffsetDateTime now = decisions.takenNow(decision, keepUntil);
        Report report = access.forAdministrator(reportId, "report.retention-review", "retention review: " + decision);
        String period = decisions.period();
        LocalDate due = sql.first("select review_due from (" + DUE_REPORTS + ") due where id = ?", row -> row.getObject(1, LocalDate.class),
                period, period, RetentionDecisions.dayOf(now), reportId)
                .orElseThrow(() -> new DomainException.RuleBroken("The report is not due for a retention review"));
        RetentionDecision made = decisions.record(RECORD_COLUMN, reportId, decision, reason, keepUntil, now);
        if (decision == ReviewDecision.ANONYMISE) {
            anonymise(report, made);
        }
        access.record("report.retention-" + decision.name().toLowerCase(), reportId, "review due " + due + ": " + reason);
        return made;
    }

    private void anonymise(Report report, RetentionDecision decision) {
        report.anonymise(sealedData.seal(report.subjectId(), report.id().toString(), ReportDetails.NONE), decision.decidedAt());
        List<String> victimKeys = sql.list("select victim_key from report_victim_key where report_id = ? order by victim_key",
                row -> row.getString(1), report.id());
        sql.update("delete from report_victim_key where report_id = ?", report.id());
        sql.update("delete from follow_up where report_id = ?", report.id());
        sql.update("update idempotent_submission set request_hash = 'erased' where report_id = ?", report.id());
        keptEvents.forgetVictimKeyOf(report.id());
        exports.reportAnonymised(report.id(), decision.decidedAt());
        events.publish(new SubjectErased(decision.id(), report.id(), victimKeys, decision.decidedAt(), false));
    }
}
