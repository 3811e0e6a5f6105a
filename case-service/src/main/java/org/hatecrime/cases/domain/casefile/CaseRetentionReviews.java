package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.KeptEventCopies;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.retention.RetentionConfig;
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
public class CaseRetentionReviews {

    /** A case due for review, and why it is due then; no personal data. */
    public record Review(UUID caseId, String reportReference, String force, String stage, OffsetDateTime openedAt,
            OffsetDateTime closedAt, LocalDate keptUntil, LocalDate reviewDue) {
    }

    /** What a review decided about one case, by whom and when. */
    public record Decision(UUID id, UUID caseId, ReviewDecision decision, String reason, LocalDate keepUntil, String decidedBy,
            String agency, OffsetDateTime decidedAt) {
    }

    private static final String REVIEW_DUE = "coalesce(d.keep_until, (coalesce(c.closed_at, c.opened_at) + ?::interval)::date)";

    private static final String DUE_CASES = """
            select c.id, c.report_reference, c.force, c.stage, c.opened_at, c.closed_at, d.keep_until, %s as review_due
              from case_file c
              left join lateral (select keep_until from retention_decision
                                  where case_id = c.id and decision = 'KEEP' order by decided_at desc limit 1) d on true
             where c.force = ? and c.anonymised_at is null and %s <= ?""".formatted(REVIEW_DUE, REVIEW_DUE);

    private static final Sql.RowMapper<Review> REVIEW = row -> new Review(row.getObject(1, UUID.class), row.getString(2),
            row.getString(3), row.getString(4), row.getObject(5, OffsetDateTime.class), row.getObject(6, OffsetDateTime.class),
            row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class));

    private final Sql sql;
    private final Cases cases;
    private final CaseLinks links;
    private final CaseAccess access;
    private final KeptEventCopies keptEvents;
    private final Caller caller;
    private final RetentionConfig config;
    private final Clock clock;

    CaseRetentionReviews(Sql sql, Cases cases, CaseLinks links, CaseAccess access, KeptEventCopies keptEvents, Caller caller,
            RetentionConfig config, Clock clock) {
        this.sql = sql;
        this.cases = cases;
        this.links = links;
        this.access = access;
        this.keptEvents = keptEvents;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /** The caller's force's cases due for review on or before {@code dueBy}, the longest waiting first; the look is audited. */
    @Transactional
    public List<Review> due(LocalDate dueBy, int page, int size) {
        access.record("case.retention-reviews", "due", "retention reviews due by " + dueBy);
        String period = config.reviewAfter().toString();
        return sql.list(DUE_CASES + " order by review_due, c.id limit ? offset ?", REVIEW, period, caller.agency(), period, dueBy,
                size, (long) page * size);
    }

    /** Records the review of a due case and carries it out. */
    @Transactional
    public Decision decide(UUID caseId, ReviewDecision decision, String reason, LocalDate keepUntil) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        decision.check(keepUntil, today);
        Case theCase = cases.forUpdate(caseId).filter(c -> c.force().equals(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("case"));
        access.record("case.retention-review", caseId, "retention review: " + decision);
        String period = config.reviewAfter().toString();
        LocalDate due = sql.first("select review_due from (" + DUE_CASES + ") due where id = ?", row -> row.getObject(1, LocalDate.class),
                period, caller.agency(), period, today, caseId)
                .orElseThrow(() -> new DomainException.RuleBroken("The case is not due for a retention review"));
        Decision made = new Decision(Randomness.uuid(), caseId, decision, reason, keepUntil, caller.actor(), caller.agency(), now);
        sql.update("""
                insert into retention_decision (id, case_id, decision, reason, keep_until, decided_by, agency, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", made.id(), caseId, decision.name(), reason, keepUntil, made.decidedBy(),
                made.agency(), now);
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
