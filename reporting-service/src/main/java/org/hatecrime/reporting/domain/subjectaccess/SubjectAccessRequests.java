package org.hatecrime.reporting.domain.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Rows;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.protection.SubjectKeys;
import org.hatecrime.kit.protection.RetiredVictimKeys;
import org.hatecrime.kit.protection.VictimKeys;
import org.hatecrime.kit.retention.RetentionConfig;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * Subject access requests (UK GDPR Art. 15), for administrators. A request names the person as an
 * erasure does, by one of their reports (and so every report of the data subjects the partnership
 * coordinator confirmed are the same person), and/or by their contact details (the reports whose
 * victim keys they give). It is recorded with its parts, one per report and one per other service,
 * and gathered in the background ({@link SubjectAccessWork}); the export is read as a whole once
 * every part is in, until it expires. A request belongs to its administrator's agency: another
 * agency's administrators get the same answer as for a request that does not exist. Every
 * request, every look at it and every read of its export is audited.
 */
@ApplicationScoped
public class SubjectAccessRequests {

    static final String REPORTING = "reporting-service";
    static final String ANALYTICS = "analytics-service";
    private static final Sql.RowMapper<UUID> ID = row -> row.getObject(1, UUID.class);

    private record Row(UUID id, String agency, String requestedBy, OffsetDateTime requestedAt, UUID subject, byte[] sealedRequest,
            SubjectAccessStatus.Status status, OffsetDateTime completedAt, OffsetDateTime expiresAt, OffsetDateTime endedAt) {
    }

    private static final Sql.RowMapper<Row> ROW = row -> new Row(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
            row.getObject(4, OffsetDateTime.class), row.getObject(5, UUID.class), row.getBytes(6),
            SubjectAccessStatus.Status.valueOf(row.getString(7)), row.getObject(8, OffsetDateTime.class),
            row.getObject(9, OffsetDateTime.class), row.getObject(10, OffsetDateTime.class));

    private static final String SELECT = """
            select id, agency, requested_by, requested_at, subject_id, sealed_request, status, completed_at, expires_at, ended_at
              from subject_access_request""";

    private final Sql sql;
    private final ReportAccess reports;
    private final RetiredVictimKeys victimKeys;
    private final VictimKeys tokens;
    private final SubjectKeys subjectKeys;
    private final SealedData sealed;
    private final AuditLog audit;
    private final Caller caller;
    private final RetentionConfig retention;
    private final Clock clock;

    SubjectAccessRequests(Sql sql, ReportAccess reports, RetiredVictimKeys victimKeys, VictimKeys tokens, SubjectKeys subjectKeys,
            SealedData sealed, AuditLog audit, Caller caller, RetentionConfig retention, Clock clock) {
        this.sql = sql;
        this.reports = reports;
        this.victimKeys = victimKeys;
        this.tokens = tokens;
        this.subjectKeys = subjectKeys;
        this.sealed = sealed;
        this.audit = audit;
        this.caller = caller;
        this.retention = retention;
        this.clock = clock;
    }

    /** Records a request for everything held about the person so named; the worker gathers it. */
    @Transactional
    public SubjectAccessStatus request(UUID reportId, String email, String phone, String reason, String reference) {
        boolean contactGiven = !blank(email) || !blank(phone);
        if (reportId == null && !contactGiven) {
            throw new DomainException.InvalidValue("reportId",
                    "name the person by one of their reports, or by their email address or phone number");
        }
        String agency = caller.agency();
        UUID id = Randomness.uuid();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<UUID> named = new LinkedHashSet<>();
        if (reportId != null) {
            Report report = reports.forAdministrator(reportId, "report.subject-access-request", "subject access request " + id + ": " + reason);
            named.add(report.subjectId());
        }
        // the keys these contact details have now: those of an erased person were retired with them
        List<String> givenKeys = contactGiven ? victimKeys.current(email, phone) : List.of();
        if (!givenKeys.isEmpty()) {
            named.addAll(sql.list("""
                    select distinct r.subject_id from report r join report_victim_key k on k.report_id = r.id
                     where k.victim_key = any(?::text[])""", ID, (Object) givenKeys.toArray(String[]::new)));
        }
        List<UUID> subjects = named.isEmpty() ? List.of() : sql.list("""
                with recursive same_person(subject_id) as (
                  select unnest(?::uuid[])
                  union
                  select l.linked_subject_id from subject_link l join same_person p on l.subject_id = p.subject_id)
                select subject_id from same_person order by subject_id""", ID, (Object) strings(named));
        List<UUID> found = subjects.isEmpty() ? List.of() : ReportHoldings.ordered(sql, strings(subjects));
        Set<String> keys = new TreeSet<>(givenKeys);
        if (!found.isEmpty()) {
            keys.addAll(sql.list("select victim_key from report_victim_key where report_id = any(?::uuid[])", row -> row.getString(1),
                    (Object) strings(found)));
        }
        SubjectKeys.Subject key = subjectKeys.create();
        Scope scope = new Scope(reason, reference, reportId, contactGiven, found, List.copyOf(keys));
        sql.update("""
                insert into subject_access_request (id, agency, requested_by, requested_at, subject_id, sealed_request, status)
                values (?, ?, ?, ?, ?, ?, 'IN_PROGRESS')""", id, agency, caller.actor(), now, key.id(),
                sealed.seal(key, Scope.recordId(id), scope));
        for (UUID subject : subjects) {
            sql.update("insert into subject_access_person (request_id, subject_id) values (?, ?)", id, subject);
        }
        for (String victimKey : keys) {
            sql.update("insert into subject_access_victim_key (request_id, token) values (?, ?)", id,
                    SubjectAccessExports.token(tokens, victimKey));
        }
        int seq = 0;
        for (UUID report : found) {
            part(id, seq++, REPORTING, report, now);
        }
        for (String service : List.of(HeldElsewhere.VICTIM_CARE, HeldElsewhere.CASES, ANALYTICS)) {
            part(id, seq++, service, null, now);
        }
        record("subject-access.request", id, reason + " (" + found.size() + " report(s) at intake"
                + (reportId != null ? ", named by report " + reportId : "") + (contactGiven ? ", by contact details" : "") + ")");
        return statusOf(find(id).orElseThrow());
    }

    /** Where the request stands; only for its own agency's administrators. */
    @Transactional
    public SubjectAccessStatus status(UUID id) {
        Row row = visible(id);
        record("subject-access.read", id, "status");
        return statusOf(row);
    }

    /** The whole export, once every part is in and until it expires; audited with the form it is read in. */
    @Transactional
    public Map<String, Object> export(UUID id, String form) {
        Row row = visible(id);
        String gathering = "The export is still being gathered; try again when its status is COMPLETE";
        switch (row.status()) {
            case IN_PROGRESS -> throw new DomainException.RuleBroken(gathering);
            case FAILED -> throw new DomainException.RuleBroken("The request failed: a service could not be asked; make a new request");
            case EXPIRED -> throw new DomainException.Gone("The export was kept until " + row.endedAt() + " and is deleted; make a new request");
            case ERASED -> throw new DomainException.Gone("The person was erased on " + row.endedAt() + "; their export went with them");
            default -> {
            }
        }
        SubjectKeys.Subject key = subjectKeys.find(row.subject())
                .orElseThrow(() -> new DomainException.Gone("The export can no longer be read"));
        Scope scope = opened(row).orElseThrow(() -> new DomainException.Gone("The export can no longer be read"));
        List<Object> reportParts = new ArrayList<>();
        Map<String, Object> services = new LinkedHashMap<>();
        sql.list("select seq, service, sealed_content from subject_access_part where request_id = ? order by seq", part -> {
            Object content = sealed.open(key.id(), Scope.partRecordId(id, part.getInt(1)), part.getBytes(3), Object.class).orElseThrow();
            if (REPORTING.equals(part.getString(2))) {
                reportParts.add(content);
            } else {
                services.put(part.getString(2), content);
            }
            return content;
        }, id);
        record("subject-access.export-read", id, "export read as " + form);
        List<Object> held = new ArrayList<>();
        held.add(Rows.of("service", REPORTING,
                "description", "Intake: the reports taken by reporting centres, partner systems and the police, and from the public",
                "reports", reportParts));
        held.addAll(services.values());
        return Rows.of(
                "title", "Subject access export",
                "request", Rows.of("id", id.toString(), "reference", scope.reference(), "reason", scope.reason(),
                        "requestedBy", row.requestedBy(), "agency", row.agency(), "requestedAt", row.requestedAt().toString(),
                        "completedAt", row.completedAt().toString(), "expiresAt", row.expiresAt().toString()),
                "person", Rows.of("namedByReport", scope.namedReport() == null ? null : scope.namedReport().toString(),
                        "namedByContactDetails", scope.contactDetailsGiven(), "reportsFound", scope.reportIds().size()),
                "aboutTheProcessing", about(),
                "services", held);
    }

    private List<String> about() {
        return List.of(
                "Purposes: taking and triaging reports of hate crime and hate incidents; sharing a report with the police and "
                        + "referring its victim to a victim service, with the victim's consent or on a recorded lawful basis; "
                        + "following the case to its outcome; supporting the victim; and counting reports for statistics that "
                        + "name nobody.",
                "Categories: contact details and how to reach the person safely; what happened, where, and the hate crime "
                        + "strands; needs, support and wellbeing records; the progress of the case.",
                "Recipients: the reporting centre or force that took each report; the police force a report was shared with; "
                        + "the victim service the person was referred to; the Crown Prosecution Service for a case filed with it. "
                        + "Statistics are published only as counts.",
                "Source: the person, or the agency that took the report from them (each report's channel and receivedBy).",
                "Retention: a report's personal details are reviewed " + retention.reviewAfter()
                        + " after the report ended (an ISO-8601 period), and kept or anonymised; victim care's referrals and "
                        + "the police's cases are reviewed the same way after they close. This export is deleted when it expires.",
                "Rights: to have inaccurate data corrected, to erasure, to restrict or object to processing, and to complain "
                        + "to the Information Commissioner's Office.",
                "Automated decisions: none. Matches of reports that may be the same person or incident are decided by people.",
                "Analytics holds no personal data: only counts, by strand, district and month, of reports whose victims "
                        + "consented to statistics.");
    }

    private Row visible(UUID id) {
        String agency = caller.agency();
        return find(id).filter(row -> row.agency().equals(agency))
                .orElseThrow(() -> new DomainException.NotFound("subject access request"));
    }

    private Optional<Row> find(UUID id) {
        return sql.first(SELECT + " where id = ?", ROW, id);
    }

    private Optional<Scope> opened(Row row) {
        return sealed.open(row.subject(), Scope.recordId(row.id()), row.sealedRequest(), Scope.class);
    }

    private SubjectAccessStatus statusOf(Row row) {
        Optional<Scope> scope = opened(row);
        List<SubjectAccessStatus.Progress> progress = sql.list("""
                select service, count(*) filter (where status = 'DONE'), count(*), count(*) filter (where status = 'FAILED'),
                       sum(attempts), (array_agg(last_error order by seq) filter (where last_error is not null))[1],
                       min(next_attempt_at) filter (where status = 'PENDING')
                  from subject_access_part where request_id = ? group by service order by min(seq)""",
                r -> new SubjectAccessStatus.Progress(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getString(6),
                        r.getObject(7, OffsetDateTime.class)), row.id());
        int done = progress.stream().mapToInt(SubjectAccessStatus.Progress::done).sum();
        int total = progress.stream().mapToInt(SubjectAccessStatus.Progress::total).sum();
        return new SubjectAccessStatus(row.id(), row.status(), row.agency(), row.requestedBy(), row.requestedAt(),
                scope.map(Scope::reason).orElse(null), scope.map(Scope::reference).orElse(null), row.completedAt(), row.expiresAt(),
                row.endedAt(), done, total, progress);
    }

    private void part(UUID requestId, int seq, String service, UUID item, OffsetDateTime now) {
        sql.update("""
                insert into subject_access_part (request_id, seq, service, item_id, status, next_attempt_at)
                values (?, ?, ?, ?, 'PENDING', ?)""", requestId, seq, service, item, now);
    }

    private void record(String action, UUID id, String purpose) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, SubjectAccessExports.OBJECT_TYPE, id.toString(), purpose));
    }

    private static String[] strings(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
