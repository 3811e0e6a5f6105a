package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;

/**
 * Cases of one force linked because they share a victim (the pseudonymous victim key of their
 * reports) or a suspect (the force's suspect reference). Links never cross forces: a force learns
 * nothing of another force's cases. Each link is kept both ways, once per reason.
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

    /** Links a case to the force's other cases of the same victim or suspect; set-based, after the case is saved. */
    void linkRepeats(Case c, OffsetDateTime at) {
        if (c.victimKey() != null) {
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

    /** The cases linked to this one, oldest link first. */
    List<Link> of(UUID caseId) {
        return sql.list("select linked_case_id, reason, linked_at from case_link where case_id = ? order by linked_at, linked_case_id",
                row -> new Link(row.getObject(1, UUID.class), Reason.valueOf(row.getString(2)), row.getObject(3, OffsetDateTime.class)),
                caseId);
    }
}
