package org.hatecrime.reporting.domain.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.protection.SubjectKeys;
import org.hatecrime.kit.protection.VictimKeys;

/**
 * Ends an export for good: its request's own key is erased (so its parts could never be opened
 * again, backups included) and its sealed parts and request are deleted. That happens when the
 * export has been kept for the configured time, and at once when the person it is about is erased.
 * A report of the export anonymised on retention review leaves it at once too.
 */
@ApplicationScoped
public class SubjectAccessExports {

    static final String OBJECT_TYPE = "subject-access-request";
    private static final String PLATFORM = "platform";
    private static final String TOKEN_PURPOSE = "subject-access";

    private record Ending(UUID id, String agency, UUID subject) {
    }

    private static final Sql.RowMapper<Ending> ENDING = row -> new Ending(row.getObject(1, UUID.class), row.getString(2),
            row.getObject(3, UUID.class));

    private final Sql sql;
    private final SubjectKeys keys;
    private final SealedData sealed;
    private final VictimKeys tokens;
    private final AuditLog audit;

    SubjectAccessExports(Sql sql, SubjectKeys keys, SealedData sealed, VictimKeys tokens, AuditLog audit) {
        this.sql = sql;
        this.keys = keys;
        this.sealed = sealed;
        this.tokens = tokens;
        this.audit = audit;
    }

    /**
     * Every export that reached the erased subjects' reports, or asked about one of their victim
     * keys (someone named by contact details before they ever reported here), goes with them; call
     * in the erasure's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetExportsOf(Collection<UUID> subjects, Collection<String> victimKeys, UUID erasureId, OffsetDateTime at) {
        String[] tokens = victimKeys.stream().map(key -> token(this.tokens, key)).toArray(String[]::new);
        for (Ending export : sql.list("""
                select r.id, r.agency, r.subject_id from subject_access_request r
                 where r.status in ('IN_PROGRESS', 'COMPLETE', 'FAILED')
                   and (exists (select 1 from subject_access_person p where p.request_id = r.id and p.subject_id = any(?::uuid[]))
                        or exists (select 1 from subject_access_victim_key k where k.request_id = r.id and k.token = any(?)))
                 order by r.id for update of r""", ENDING, subjects.stream().map(UUID::toString).toArray(String[]::new), tokens)) {
            end(export, SubjectAccessStatus.Status.ERASED, at, "erasure " + erasureId + ": the person's export erased with them");
        }
    }

    /**
     * A report was anonymised on retention review: every export not ended that holds it shows it as
     * it is now, its personal details and follow-ups gone, instead of keeping them until it expires.
     * Call in the anonymisation's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void reportAnonymised(UUID reportId, OffsetDateTime at) {
        for (HeldPart part : sql.list("""
                select p.request_id, p.seq, r.subject_id, p.sealed_content, r.agency from subject_access_part p
                  join subject_access_request r on r.id = p.request_id
                 where p.item_id = ? and p.service = ? and p.status = 'DONE' and p.sealed_content is not null
                   and r.status in ('IN_PROGRESS', 'COMPLETE', 'FAILED')
                 order by p.request_id, p.seq for update of p""",
                row -> new HeldPart(row.getObject(1, UUID.class), row.getInt(2), row.getObject(3, UUID.class), row.getBytes(4),
                        row.getString(5)), reportId, SubjectAccessRequests.REPORTING)) {
            String recordId = Scope.partRecordId(part.requestId(), part.seq());
            Optional<SubjectKeys.Subject> key = keys.find(part.subject());
            Optional<Map<String, Object>> content = key.flatMap(k -> sealed.open(k.id(), recordId, part.content(), Map.class))
                    .map(map -> (Map<String, Object>) map);
            if (content.isEmpty()) {
                continue; // its key is gone: nothing of it can be read any more
            }
            content.get().put("details", ReportHoldings.ANONYMISED);
            content.get().put("followUps", List.of());
            content.get().put("anonymisedAt", at.toString());
            sql.update("update subject_access_part set sealed_content = ? where request_id = ? and seq = ?",
                    sealed.seal(key.get(), recordId, content.get()), part.requestId(), part.seq());
            audit.record(PLATFORM, part.agency(), new AuditEntry("subject-access.report-anonymised", OBJECT_TYPE,
                    part.requestId().toString(), "report " + reportId + " anonymised on retention review: its details left the export"));
        }
    }

    private record HeldPart(UUID requestId, int seq, UUID subject, byte[] content, String agency) {
    }

    /** What a request keeps of a victim key it asked about. */
    static String token(VictimKeys tokens, String victimKey) {
        return tokens.token(TOKEN_PURPOSE, victimKey);
    }

    /** Ends the exports kept past their time; the number ended. */
    @Transactional
    public int expireDueAt(OffsetDateTime now) {
        List<Ending> due = sql.list("""
                select id, agency, subject_id from subject_access_request
                 where status in ('COMPLETE', 'FAILED') and expires_at <= ? order by expires_at limit 100 for update skip locked""",
                ENDING, now);
        due.forEach(export -> end(export, SubjectAccessStatus.Status.EXPIRED, now, "kept for its time: the export deleted"));
        return due.size();
    }

    private void end(Ending export, SubjectAccessStatus.Status status, OffsetDateTime at, String purpose) {
        keys.erase(export.subject());
        sql.update("update subject_access_part set sealed_content = null where request_id = ?", export.id());
        sql.update("delete from subject_access_victim_key where request_id = ?", export.id());
        sql.update("update subject_access_request set sealed_request = null, status = ?, ended_at = ? where id = ?", status.name(), at,
                export.id());
        audit.record(PLATFORM, export.agency(), new AuditEntry("subject-access." + status.name().toLowerCase(), OBJECT_TYPE,
                export.id().toString(), purpose));
    }
}
