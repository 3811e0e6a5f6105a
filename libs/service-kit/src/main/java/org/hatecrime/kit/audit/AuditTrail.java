package org.hatecrime.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hatecrime.kit.db.Sql;

/**
 * The audit trail as administrators read it: their own agency's entries, newest first. Reading the
 * trail is itself recorded, in the same transaction, before the entries are read.
 */
@ApplicationScoped
public class AuditTrail {

    static final String READ_ACTION = "audit.read";
    static final String OBJECT_TYPE = "audit_log";

    private final AuditLog log;
    private final Sql sql;

    AuditTrail(AuditLog log, Sql sql) {
        this.log = log;
        this.sql = sql;
    }

    @Transactional
    public AuditTrailPage read(String actor, AuditTrailQuery query) {
        log.record(actor, query.agency(), new AuditEntry(READ_ACTION, OBJECT_TYPE, query.agency(), query.describe()));
        StringBuilder where = new StringBuilder(" where agency = ?");
        List<Object> parameters = new ArrayList<>(List.of(query.agency()));
        filter(where, parameters, "actor = ?", query.actor());
        filter(where, parameters, "object_type = ?", query.objectType());
        filter(where, parameters, "object_id = ?", query.objectId());
        filter(where, parameters, "occurred_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        filter(where, parameters, "occurred_at <= ?", query.to() == null ? null : Timestamp.from(query.to()));
        long total = sql.number("select count(*) from audit_log" + where, parameters.toArray());
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<AuditTrailPage.Entry> entries = sql.list("""
                select seq, occurred_at, actor, agency, action, object_type, object_id, purpose, request_id from audit_log"""
                + where + " order by occurred_at desc, seq desc limit ? offset ?",
                row -> new AuditTrailPage.Entry(row.getLong(1), row.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9)),
                paged.toArray());
        return new AuditTrailPage(entries, query.page(), query.size(), total);
    }

    private static void filter(StringBuilder where, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.add(value);
        }
    }
}
