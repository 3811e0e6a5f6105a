package org.hatecrime.analytics.domain.justice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hatecrime.kit.db.Sql;

/** Keeps analytics' copy of each case from case progression's events, inside the inbox's transaction. */
@ApplicationScoped
public class CaseFacts {

    private final Sql sql;

    CaseFacts(Sql sql) {
        this.sql = sql;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(CaseEvents.Opened opened) {
        sql.update("insert into case_fact (case_id, force, district, strands, opened_at) values (?, ?, ?, ?, ?) on conflict do nothing",
                opened.caseId(), opened.force(), opened.district(), opened.strands().toArray(String[]::new), opened.openedAt());
    }

    /** The first charge counts for time to charge. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void charged(CaseEvents.Charged charged) {
        sql.update("update case_fact set charged_at = coalesce(charged_at, ?) where case_id = ?", charged.changedAt(), charged.caseId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(CaseEvents.Closed closed) {
        sql.update("""
                update case_fact set closed_at = ?, outcome_code = ?, verdict = ?, uplift_applied = ?, hate_crime_flag = ?
                 where case_id = ?""",
                closed.closedAt(), closed.outcomeCode(), closed.verdict(), closed.upliftApplied(), closed.hateCrimeFlag(), closed.caseId());
    }
}
