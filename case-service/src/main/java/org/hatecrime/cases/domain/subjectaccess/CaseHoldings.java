package org.hatecrime.cases.domain.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Rows;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;

/**
 * Everything case progression holds about a person, for intake's subject access export: the
 * reports shared with a force, and every case of one of their reports or keyed by one of their
 * victim keys, with its moves, the updates owed to and given to the victim, the victim's other
 * cases it is linked to, and what victim care told of the victim. What identifies the suspect (the
 * force's suspect reference, and links to other cases through the same suspect) is another
 * person's data and is left out, said so in the export. Each case reached is audited for its force.
 */
@ApplicationScoped
public class CaseHoldings {

    public static final String SERVICE = "case-service";
    static final String ACTION = "case.subject-access";
    static final String OBJECT_TYPE = "case";

    private final Sql sql;
    private final AuditLog audit;

    CaseHoldings(Sql sql, AuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    /** What is held for the query's reports and victim keys, audited as read by {@code actor} of {@code agency}. */
    @Transactional
    public Map<String, Object> of(SubjectAccessQuery query, String actor, String agency) {
        String[] reports = query.reportIdArray();
        List<Map<String, Object>> cases = new ArrayList<>();
        for (Map<String, Object> found : sql.list("""
                select * from case_file where report_id = any(?::uuid[]) or victim_key = any(?::text[]) order by opened_at, id""",
                Rows.asMap("victim_key", "version", "suspect_reference"), reports, query.victimKeyArray())) {
            UUID caseId = UUID.fromString(found.get("id").toString());
            found.put("moves", sql.list("""
                    select from_stage, to_stage, party, reason_code, actor, moved_at, bail_conditions, hearing_at, hearing_type
                      from case_move where case_id = ? order by id""", Rows.asMap(), caseId));
            found.put("victimUpdates", sql.list("""
                    select kind, event_at, due_at, enhanced_rights, told_at, told_by, recorded_by, overdue_at, not_contactable_since
                      from victim_update where case_id = ? order by position""", Rows.asMap(), caseId));
            found.put("linkedCasesOfTheSameVictim", sql.list("""
                    select linked_case_id, linked_at from case_link where case_id = ? and reason = 'REPEAT_VICTIM' order by linked_at""",
                    Rows.asMap(), caseId));
            cases.add(found);
            audit.record(actor, found.get("force").toString(), new AuditEntry(ACTION, OBJECT_TYPE, caseId.toString(),
                    "subject access request " + query.requestId() + " by " + query.requestedBy() + ": the case exported to intake"));
        }
        String[] reached = java.util.stream.Stream.concat(query.reportIds().stream().map(UUID::toString),
                cases.stream().map(c -> c.get("reportId").toString())).distinct().toArray(String[]::new);
        List<Map<String, Object>> received = sql.list("select * from received_report where report_id = any(?::uuid[]) order by received_at",
                Rows.asMap(), (Object) reached);
        List<Map<String, Object>> support = sql.list("select * from victim_support where report_id = any(?::uuid[]) order by report_id",
                Rows.asMap(), (Object) reached);
        audit.record(actor, agency, new AuditEntry("subject-access.export", "subject-access-request", query.requestId().toString(),
                "subject access request by " + query.requestedBy() + ": " + cases.size() + " case(s), " + received.size()
                        + " received report(s) exported to intake"));
        return Rows.of(
                "service", SERVICE,
                "description", "Case progression: the reports shared with a police force and the force's and the CPS's case of "
                        + "each, from recording to outcome, with the updates the victim is owed under the Victims' Code",
                "cases", cases,
                "receivedReports", received,
                "victimSupport", support,
                "leftOut", List.of("The force's reference for the suspect, and links to other cases through the same suspect: "
                        + "another person's personal data", "The pseudonymous victim key of each case (a keyed hash of the contact "
                        + "details, meaningless outside the platform)"));
    }
}
