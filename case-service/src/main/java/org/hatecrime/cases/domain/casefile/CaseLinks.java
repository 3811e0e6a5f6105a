package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.hatecrime.kit.db.Sql;

/**
 * Cases of one force linked because they share a victim (the pseudonymous victim key of their
 * reports) or a suspect (the force's suspect reference). Links never cross forces: a force learns
 * nothing of another force's cases. Each link is kept both ways, once per reason. A victim link
 * uses what the victim gave intake, so it is not shown while either case's victim has withdrawn
 * their consent to share with the police, and shows again once consent is given again. Once the
 * victim of either case is erased the victim link is gone for good, and the erased case, having no
 * victim key, is never linked by victim again; suspect links stay.
 *
 * <p>Linking reads the other cases' keys as committed, so a link made while another transaction
 * forgets a key (an erasure, an anonymisation) or records one (the same suspect identified in two
 * cases at once) could be made from a key already gone, or not made at all. Every transaction that
 * links or forgets by a key therefore first takes a transaction lock on the force's key
 * ({@link #lockKeysOf}), after its row locks and in one order, so the second waits for the first to
 * commit and then reads what it left.
 */
@ApplicationScoped
public class CaseLinks {

    public enum Reason {
        REPEAT_VICTIM,
        REPEAT_SUSPECT
    }

    public record Link(UUID caseId, Reason reason, OffsetDateTime linkedAt) {
    }

    private final Sql sql;

    CaseLinks(Sql sql) {
        this.sql = sql;
    }

    /**
     * Waits for, then holds until commit, the locks on the force's victim keys and suspect
     * references of these cases: taken in one order, so two transactions never wait for each other.
     */
    void lockKeysOf(Collection<Case> cases) {
        cases.stream().flatMap(c -> Stream.of(lockName(c, Reason.REPEAT_VICTIM, c.victimKey()),
                        lockName(c, Reason.REPEAT_SUSPECT, c.suspectReference())))
                .filter(Objects::nonNull).distinct().sorted()
                .forEach(name -> sql.first("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true, name));
    }

    private static String lockName(Case c, Reason reason, String value) {
        return value == null ? null : "case-link/" + c.force() + "/" + reason + "/" + value;
    }

    /** Links a case to the force's other cases of the same victim or suspect; set-based, after the case is saved. */
    void linkRepeats(Case c, OffsetDateTime at) {
        lockKeysOf(List.of(c));
        if (c.victimKey() != null && !c.sharingConsentWithdrawn()) {
            link(c, Reason.REPEAT_VICTIM, "victim_key", c.victimKey(), at);
        }
        if (c.suspectReference() != null) {
            link(c, Reason.REPEAT_SUSPECT, "suspect_reference", c.suspectReference(), at);
        }
    }

    private void link(Case c, Reason reason, String column, String value, OffsetDateTime at) {
        sql.update("insert into case_link (case_id, linked_case_id, reason, linked_at)"
                + " select ?, id, ?, ? from case_file where force = ? and " + column + " = ? and id <> ?"
                + " union all select id, ?, ?, ? from case_file where force = ? and " + column + " = ? and id <> ?"
                + " on conflict do nothing",
                c.id(), reason.name(), at, c.force(), value, c.id(),
                c.id(), reason.name(), at, c.force(), value, c.id());
    }

    /** Removes every victim link of the case, both ways; its suspect links stay. */
    void forgetVictimLinksOf(Case c) {
        sql.update("delete from case_link where reason = ? and (case_id = ? or linked_case_id = ?)",
                Reason.REPEAT_VICTIM.name(), c.id(), c.id());
    }

    /** Removes every link of the case, both ways, for whatever reason. */
    void forgetAllLinksOf(Case c) {
        sql.update("delete from case_link where case_id = ? or linked_case_id = ?", c.id(), c.id());
    }

    /** The cases linked to this one, oldest link first; victim links only while both victims' consent to share stands. */
    List<Link> of(UUID caseId) {
        return sql.list("""
                select l.linked_case_id, l.reason, l.linked_at
                  from case_link l
                  join case_file this_case on this_case.id = l.case_id
                  join case_file other_case on other_case.id = l.linked_case_id
                 where l.case_id = ?
                   and (l.reason <> ? or (this_case.sharing_consent_withdrawn_at is null and other_case.sharing_consent_withdrawn_at is null))
                 order by l.linked_at, l.linked_case_id""",
                row -> new Link(row.getObject(1, UUID.class), Reason.valueOf(row.getString(2)), row.getObject(3, OffsetDateTime.class)),
                caseId, Reason.REPEAT_VICTIM.name());
    }
}
