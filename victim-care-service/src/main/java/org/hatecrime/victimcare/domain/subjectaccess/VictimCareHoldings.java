package org.hatecrime.victimcare.domain.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Rows;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;

/**
 * Everything victim care holds about a person, for intake's subject access export: every referral
 * made from or joined by one of their reports, or keyed by one of their victim keys (self-referrals
 * included), the same reach as an erasure, with its moves, contact details, contact log, needs
 * assessments, support, wellbeing, satisfaction and Victims' Code clocks, evidence and breaches; and
 * the reports victim care was told of. Sealed data is opened here; what an erasure made unreadable
 * is said to be erased, never sent sealed. Each referral reached is audited for the agency that
 * works it, with the request it was for.
 */
@ApplicationScoped
public class VictimCareHoldings {

    public static final String SERVICE = "victim-care-service";
    static final String ACTION = "referral.subject-access";
    static final String OBJECT_TYPE = "referral";
    static final String ERASED = "erased: this person's personal data here was erased and can no longer be read";

    private static final Sql.RowMapper<UUID> ID = row -> row.getObject(1, UUID.class);

    private final Sql sql;
    private final SealedData sealed;
    private final AuditLog audit;

    VictimCareHoldings(Sql sql, SealedData sealed, AuditLog audit) {
        this.sql = sql;
        this.sealed = sealed;
        this.audit = audit;
    }

    /** What is held for the query's reports and victim keys, audited as read by {@code actor} of {@code agency}. */
    @Transactional
    public Map<String, Object> of(SubjectAccessQuery query, String actor, String agency) {
        String[] reports = query.reportIdArray();
        List<UUID> referralIds = sql.list("""
                select id from referral
                 where report_id = any(?::uuid[]) or victim_key = any(?::text[])
                    or id in (select referral_id from referral_joined_report where report_id = any(?::uuid[]))
                 order by consented_at, id""", ID, reports, query.victimKeyArray(), reports);
        List<Map<String, Object>> referrals = new ArrayList<>();
        Set<String> reportIds = new LinkedHashSet<>(query.reportIds().stream().map(UUID::toString).toList());
        for (UUID referralId : referralIds) {
            Map<String, Object> referral = referral(referralId);
            referrals.add(referral);
            Object reportId = referral.get("reportId");
            if (reportId != null) {
                reportIds.add(reportId.toString());
            }
            sql.list("select report_id from referral_joined_report where referral_id = ?", ID, referralId)
                    .forEach(id -> reportIds.add(id.toString()));
            audit.record(actor, referral.get("agency").toString(), new AuditEntry(ACTION, OBJECT_TYPE, referralId.toString(),
                    "subject access request " + query.requestId() + " by " + query.requestedBy() + ": the referral exported to intake"));
        }
        List<Map<String, Object>> received = sql.list("select * from received_report where report_id = any(?::uuid[]) order by received_at",
                Rows.asMap(), (Object) reportIds.toArray(String[]::new));
        audit.record(actor, agency, new AuditEntry("subject-access.export", "subject-access-request", query.requestId().toString(),
                "subject access request by " + query.requestedBy() + ": " + referrals.size() + " referral(s), " + received.size()
                        + " received report(s) exported to intake"));
        return Rows.of(
                "service", SERVICE,
                "description", "Victim care: referrals to victim services, contact with the victim, needs assessments, support "
                        + "plans, wellbeing and satisfaction, and the Victims' Code clocks of each referral",
                "referrals", referrals,
                "receivedReports", received,
                "leftOut", List.of("The pseudonymous victim key of each referral (a keyed hash of the contact details, meaningless "
                        + "outside the platform)", "Hashes of self-referral follow-up codes (the code itself is stored nowhere)"));
    }

    private Map<String, Object> referral(UUID id) {
        Map<String, Object> referral = sql.first("select * from referral where id = ?", Rows.asMap("victim_key", "version"), id)
                .orElseThrow();
        referral.put("moves", sql.list("""
                select from_status, to_status, reason_code, actor, moved_at from referral_move where referral_id = ? order by id""",
                Rows.asMap(), id));
        referral.put("joinedReports", sql.list("""
                select report_id, report_reference, joined_at from referral_joined_report where referral_id = ? order by joined_at""",
                Rows.asMap(), id));
        referral.put("selfReferrals", sql.list("select reference, submitted_at from self_referral where referral_id = ? order by submitted_at",
                Rows.asMap(), id));
        referral.put("contactDetails", contactDetails(id));
        referral.put("contactLog", sql.list("""
                select channel, attempted_at, outcome_code, override_reason_code, actor, recorded_at
                  from contact_attempt where referral_id = ? order by attempted_at, id""", Rows.asMap(), id));
        referral.put("needsAssessments", needsAssessments(id));
        referral.put("support", support(id));
        referral.put("victimsCode", Rows.of(
                "clocks", sql.list("""
                        select clock, right_number, stage, enhanced_rights, started_at, target_working_days, due_at, met_at, stopped_at
                          from victims_code_clock where referral_id = ? order by right_number, clock""", Rows.asMap(), id),
                "evidence", sql.list("""
                        select right_number, evidence_code, recorded_at, recorded_by from victims_code_evidence
                         where referral_id = ? order by recorded_at""", Rows.asMap(), id),
                "breaches", sql.list("""
                        select clock, right_number, due_at, detected_at from victims_code_breach where referral_id = ? order by due_at""",
                        Rows.asMap(), id)));
        return referral;
    }

    private Object contactDetails(UUID referralId) {
        return sql.first("select subject_id, sealed_details, obtained_from, obtained_at from victim_contact where referral_id = ?",
                row -> Rows.of(
                        "details", opened(row.getObject(1, UUID.class), "victim_contact:" + referralId, row.getBytes(2)),
                        "obtainedFrom", row.getString(3),
                        "obtainedAt", row.getObject(4, java.time.OffsetDateTime.class).toString()), referralId).orElse(null);
    }

    private List<Map<String, Object>> needsAssessments(UUID referralId) {
        List<Map<String, Object>> assessments = sql.list("""
                select id, subject_id, sealed_notes, assessed_at, assessed_by, agency, risk_level, enhanced_rights, enhanced_rights_reason
                  from needs_assessment where referral_id = ? order by seq""", row -> {
                    Map<String, Object> assessment = Rows.asMap("subject_id").map(row);
                    UUID subject = row.getObject("subject_id", UUID.class);
                    byte[] notes = row.getBytes("sealed_notes");
                    assessment.put("notes", notes == null ? null : opened(subject, row.getObject("id", UUID.class).toString(), notes));
                    return assessment;
                }, referralId);
        for (Map<String, Object> assessment : assessments) {
            assessment.put("levels", sql.list("select domain, level from needs_assessment_level where assessment_id = ?::uuid order by domain",
                    Rows.asMap(), assessment.get("id")));
        }
        return assessments;
    }

    private Object support(UUID referralId) {
        Optional<Map<String, Object>> support = sql.first("select * from support where referral_id = ?", row -> {
            Map<String, Object> found = Rows.asMap("subject_id", "version").map(row);
            byte[] comment = row.getBytes("sealed_satisfaction_comment");
            found.put("satisfactionComment", comment == null ? null : opened(row.getObject("subject_id", UUID.class), referralId.toString(),
                    comment));
            found.put("subjectId", row.getObject("subject_id", UUID.class));
            return found;
        }, referralId);
        if (support.isEmpty()) {
            return null;
        }
        UUID subject = (UUID) support.get().remove("subjectId");
        support.get().put("actions", sql.list("""
                select id, sealed_description, owner, due_on, status, created_at, changed_at
                  from support_action where referral_id = ? order by created_at, id""", row -> {
                    Map<String, Object> action = Rows.asMap().map(row);
                    action.put("description", opened(subject, row.getObject("id", UUID.class).toString(), row.getBytes("sealed_description")));
                    return action;
                }, referralId));
        return support.get();
    }

    private Object opened(UUID subject, String recordId, byte[] sealedValue) {
        return sealed.open(subject, recordId, sealedValue, Object.class).orElse(ERASED);
    }
}
