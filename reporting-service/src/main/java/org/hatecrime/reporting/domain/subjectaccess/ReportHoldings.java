package org.hatecrime.reporting.domain.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Rows;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * One report of the person as intake holds it, for their subject access export: the coded facts,
 * the personal details opened (or said to be erased or anonymised), who it was shared with or
 * referred to, its consent history, follow-ups, links, lawful overrides and retention decisions.
 * Each report exported is audited, as read by the administrator who made the request.
 */
@ApplicationScoped
public class ReportHoldings {

    static final String ERASED = "erased: this person's personal data was erased and can no longer be read by anyone";
    static final String ANONYMISED = "anonymised on review: the personal details were deleted, the coded facts kept";

    private record Sealed(UUID subject, byte[] details) {
    }

    private final Sql sql;
    private final SealedData sealed;
    private final AuditLog audit;

    ReportHoldings(Sql sql, SealedData sealed, AuditLog audit) {
        this.sql = sql;
        this.sealed = sealed;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Object> of(UUID reportId, UUID requestId, String requestedBy, String agency) {
        Optional<Map<String, Object>> found = sql.first("select * from report where id = ?",
                Rows.asMap("subject_id", "version", "follow_up_code_hash"), reportId);
        if (found.isEmpty()) {
            return Rows.of("id", reportId.toString(), "note", "no longer held");
        }
        Map<String, Object> report = found.get();
        Sealed seal = sql.first("select subject_id, sealed_details from report where id = ?",
                row -> new Sealed(row.getObject(1, UUID.class), row.getBytes(2)), reportId).orElseThrow();
        Optional<Object> details = sealed.open(seal.subject(), reportId.toString(), seal.details(), Object.class);
        report.put("strands", sql.list("select strand from report_strand where report_id = ? order by strand", row -> row.getString(1),
                reportId));
        report.put("details", details.isEmpty() ? ERASED : report.get("anonymisedAt") != null ? ANONYMISED : details.get());
        report.put("consentHistory", sql.list("""
                select purpose, granted, method, recorded_by, recorded_at from consent_record where report_id = ? order by id""",
                Rows.asMap(), reportId));
        report.put("followUps", sql.list("select id, added_at, sealed_text from follow_up where report_id = ? order by added_at, id",
                row -> Rows.of("addedAt", row.getObject(2, java.time.OffsetDateTime.class).toString(),
                        "information", sealed.open(seal.subject(), row.getObject(1, UUID.class).toString(), row.getBytes(3), Object.class)
                                .orElse(ERASED)), reportId));
        report.put("possibleDuplicates", sql.list("""
                select other_id as report_id, kind, created_at from report_link where report_id = ?
                union all select report_id, kind, created_at from report_link where other_id = ? order by created_at""",
                Rows.asMap(), reportId, reportId));
        report.put("matchesAcrossAgencies", sql.list("""
                select case when report_id = ? then other_id else report_id end as other_report_id, kind, status, detected_at, decided_at
                  from cross_agency_match where report_id = ? or other_id = ? order by detected_at""",
                Rows.asMap(), reportId, reportId, reportId));
        report.put("lawfulOverrides", sql.list("""
                select lawful_basis, requested_by, requested_at, status, decided_by, decided_at, decision_note
                  from lawful_override where report_id = ? order by requested_at""", Rows.asMap(), reportId));
        report.put("retentionDecisions", sql.list("""
                select decision, reason, keep_until, decided_by, agency, decided_at from retention_decision where report_id = ?
                 order by decided_at""", Rows.asMap(), reportId));
        audit.record(requestedBy, agency, new AuditEntry("report.subject-access", ReportAccess.OBJECT_TYPE, reportId.toString(),
                "subject access request " + requestId + ": the report exported"));
        return report;
    }

    /** Rows of the person's reports found for a request, in the order they were received. */
    static List<UUID> ordered(Sql sql, String[] subjects) {
        return sql.list("select id from report where subject_id = any(?::uuid[]) order by received_at, id", row -> row.getObject(1, UUID.class),
                (Object) subjects);
    }
}
