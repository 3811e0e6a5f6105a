package org.hatecrime.cases.domain.casefile;

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
import org.hatecrime.kit.retention.DueReviews;
import org.hatecrime.kit.retention.RetentionDecision;
import org.hatecrime.kit.retention.RetentionDecisions;
import org.hatecrime.kit.retention.ReviewDecision;
import org.hatecrime.kit.security.Caller;

/**
 * Storage limitation for the force's cases: a case comes up for review a configured time after it
 * closed, or after it opened if it never closed, and the force's records manager decides, with a
 * reason, to keep its personal data until a later review or to anonymise it: the victim key and the
 * suspect reference go, with every link to the force's other cases, and the victim key is blanked in
 * the event copies kept here. Progress, codes and dates stay the force's record. Each force reviews
 * only its own cases; anyone else is told the case does not exist.
 */
@ApplicationScoped
public class CaseRetentionReviews implements DueReviews {

    /** A case due for review, and why it is due then; no personal data. */
    public record Review(UUID caseId, String reportReference, String force, String stage, OffsetDateTime openedAt,
            OffsetDateTime closedAt, LocalDate keptUntil, LocalDate reviewDue) {
    }

    private static final String RECORD_COLUMN = "case_id";

    private static final String REVIEW_DUE = RetentionDecisions.reviewDue("c.closed_at", "c.opened_at");

    /** Every force's cases due for review by a day: parameters the period, the period again, the day. */
    private static final String DUE_EVERY_FORCE = """
            select c.id, c.report_reference, c.force, c.stage, c.opened_at, c.closed_at, d.keep_until, %s as review_due
              from case_file c
              %s
             where c.anonymised_at is null and %s <= ?"""
            .formatted(REVIEW_DUE, RetentionDecisions.latestKeep(RECORD_COLUMN, "c.id"), REVIEW_DUE);

    /** One force's: parameters as above, then the force. */
    private static final String DUE_CASES = "select * from (" + DUE_EVERY_FORCE + ") every_force where force = ?";

    private static final Sql.RowMapper<Review> REVIEW = row -> new Review(row.getObject(1, UUID.class), row.getString(2),
            row.getString(3), row.getString(4), row.getObject(5, OffsetDateTime.class), row.getObject(6, OffsetDateTime.class),
            row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class));

    private final Sql sql;
    private final Cases cases;
    private final CaseLinks links;
    private final CaseAccess access;
    private final KeptEventCopies keptEvents;
    private final RetentionDecisions decisions;
    private final Caller caller;

    CaseRetentionReviews(Sql sql, Cases cases, CaseLinks links, CaseAccess access, KeptEventCopies keptEvents,
            RetentionDecisions decisions, Caller caller) {
        this.sql = sql;
        this.cases = cases;
        this.links = links;
        this.access = access;
        this.keptEvents = keptEvents;
        this.decisions = decisions;
        this.caller = caller;
    }

    /** The caller's force's cases due for review on or before {@code dueBy}, the longest waiting first; the look is audited. */
    @Transactional
    public List<Review> due(LocalDate dueBy, int page, int size) {
        access.record("case.retention-reviews", "due", "retention reviews due by " + dueBy);
        String period = decisions.period();
        return sql.list(DUE_CASES + " order by review_due, id limit ? offset ?", REVIEW, period, period, dueBy, caller.agency(),
                size, (long) page * size);
    }

    /** Every force's cases due for review on or before {@code day}, counted per force: for the reminder, no case is read. */
    @Override
    @Transactional
    public Map<String, Long> dueByAgency(LocalDate day) {
        return decisions.dueByAgency(DUE_EVERY_FORCE, "force", day);
    }

    /** Records the review of a due case and carries it out. */
    @Transactional
    public RetentionDecision decide(UUID caseId, ReviewDecision decision, String reason, LocalDate keepUntil) {
        OffsetDateTime now = decisions.takenNow(decision, keepUntil);
        Case theCase = cases.forUpdate(caseId).filter(c -> c.force().equals(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("case"));
        access.record("case.retention-review", caseId, "retention review: " + decision);
        String period = decisions.period();
        LocalDate due = sql.first("select review_due from (" + DUE_CASES + ") due where id = ?", row -> row.getObject(1, LocalDate.class),
                period, period, RetentionDecisions.dayOf(now), caller.agency(), caseId)
                .orElseThrow(() -> new DomainException.RuleBroken("The case is not due for a retention review"));
        RetentionDecision made = decisions.record(RECORD_COLUMN, caseId, decision, reason, keepUntil, now);
        if (decision == ReviewDecision.ANONYMISE) {
            links.lockKeysOf(List.of(theCase));
            theCase.anonymise(now);
            links.forgetAllLinksOf(theCase);
            keptEvents.forgetVictimKeyOf(theCase.reportId());
        }
        access.record("case.retention-" + decision.name().toLowerCase(), caseId, "review due " + due + ": " + reason);
        return made;
    }
}
