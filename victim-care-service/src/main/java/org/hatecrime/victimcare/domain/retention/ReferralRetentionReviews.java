package org.hatecrime.victimcare.domain.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.KeptEventCopies;
import org.hatecrime.kit.retention.DueReviews;
import org.hatecrime.kit.retention.RetentionDecision;
import org.hatecrime.kit.retention.RetentionDecisions;
import org.hatecrime.kit.retention.ReviewDecision;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.ReferralAccess;
import org.hatecrime.victimcare.domain.referral.Referrals;
import org.hatecrime.victimcare.domain.referral.VictimSubjects;

/**
 * Storage limitation in victim care: a referral's personal data (the victim's contact details,
 * needs notes, support actions, comments) comes up for review a configured time after the referral
 * closed, or after consent if it never closed, and the provider's records manager decides, with a
 * reason, to keep it until a later review or to anonymise it. Anonymising erases the victim's keys
 * here, so all of it is unreadable for good, and forgets their victim key; the referral's moves,
 * codes, dates and levels stay for the Victims' Code and the statistics. Each provider reviews only
 * its own referrals; referrals whose victim was erased hold nothing to review.
 */
@ApplicationScoped
public class ReferralRetentionReviews implements DueReviews {

    static final String OBJECT_TYPE = "referral";

    private static final String RECORD_COLUMN = "referral_id";

    private static final String REVIEW_DUE = RetentionDecisions.reviewDue("c.closed_at", "r.consented_at");

    /** Every provider's referrals due for review by a day: parameters the period, the period again, the day. */
    private static final String DUE_EVERY_AGENCY = """
            select r.id, r.provider, r.status, r.consented_at, c.closed_at, d.keep_until, %s as review_due, r.agency
              from referral r
              left join lateral (select max(moved_at) as closed_at from referral_move
                                  where referral_id = r.id and to_status = 'CLOSED') c on true
              %s
             where r.victim_erased_at is null and %s <= ?"""
            .formatted(REVIEW_DUE, RetentionDecisions.latestKeep(RECORD_COLUMN, "r.id"), REVIEW_DUE);

    /** One provider's: parameters as above, then the provider's agency. */
    private static final String DUE_REFERRALS = "select * from (" + DUE_EVERY_AGENCY + ") every_agency where agency = ?";

    private static final Sql.RowMapper<RetentionReview> REVIEW = row -> new RetentionReview(row.getObject(1, UUID.class),
            row.getString(2), row.getString(3), row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class),
            row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class));

    private final Sql sql;
    private final ReferralAccess access;
    private final Referrals referrals;
    private final VictimSubjects subjects;
    private final KeptEventCopies keptEvents;
    private final RetentionDecisions decisions;
    private final Caller caller;
    private final AuditLog audit;

    ReferralRetentionReviews(Sql sql, ReferralAccess access, Referrals referrals, VictimSubjects subjects, KeptEventCopies keptEvents,
            RetentionDecisions decisions, Caller caller, AuditLog audit) {
        this.sql = sql;
        this.access = access;
        this.referrals = referrals;
        this.subjects = subjects;
        this.keptEvents = keptEvents;
        this.decisions = decisions;
        this.caller = caller;
        this.audit = audit;
    }

    /** The caller's provider's referrals due for review on or before {@code dueBy}, the longest waiting first. */
    @Transactional
    public List<RetentionReview> due(LocalDate dueBy, int page, int size) {
        String period = decisions.period();
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.retention-reviews", OBJECT_TYPE, "due",
                "retention reviews due by " + dueBy));
        return sql.list(DUE_REFERRALS + " order by review_due, id limit ? offset ?", REVIEW, period, period, dueBy, caller.agency(),
                size, (long) page * size);
    }

    /** Every provider's referrals due for review on or before {@code day}, counted per agency: for the reminder, no referral is read. */
    @Override
    @Transactional
    public Map<String, Long> dueByAgency(LocalDate day) {
        return decisions.dueByAgency(DUE_EVERY_AGENCY, "agency", day);
    }

    /** Records the review of a due referral and carries it out. */
    @Transactional
    public RetentionDecision decide(UUID referralId, ReviewDecision decision, String reason, LocalDate keepUntil) {
        OffsetDateTime now = decisions.takenNow(decision, keepUntil);
        Referral referral = access.forChange(referralId, "referral.retention-review", "retention review: " + decision);
        String period = decisions.period();
        LocalDate due = sql.first("select review_due from (" + DUE_REFERRALS + ") due where id = ?", row -> row.getObject(1, LocalDate.class),
                period, period, RetentionDecisions.dayOf(now), caller.agency(), referralId)
                .orElseThrow(() -> new DomainException.RuleBroken("The referral is not due for a retention review"));
        RetentionDecision made = decisions.record(RECORD_COLUMN, referralId, decision, reason, keepUntil, now);
        if (decision == ReviewDecision.ANONYMISE) {
            referral.forgetVictim(now);
            subjects.eraseAllOf(referral);
            referrals.reportsOf(referral).forEach(keptEvents::forgetVictimKeyOf);
        }
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.retention-" + decision.name().toLowerCase(), OBJECT_TYPE,
                referralId.toString(), "review due " + due + ": " + reason));
        return made;
    }
}
