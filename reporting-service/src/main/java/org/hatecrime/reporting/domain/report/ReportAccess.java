package org.hatecrime.reporting.domain.report;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.domain.codes.Strand;

/**
 * The object-level rule: a report is visible to the agency that took it and to the police force it
 * was shared with, and to nobody else. Anything else answers as if the report did not exist.
 * Every access that returns personal data is audited here.
 */
@ApplicationScoped
@Transactional
public class ReportAccess {

    public static final String CENTRE = "reporting-centre";
    public static final String POLICE = "police";
    public static final String ADMIN = "admin";
    public static final String COORDINATOR = "partnership-coordinator";
    public static final String OBJECT_TYPE = "report";

    private final Reports reports;
    private final Caller caller;
    private final AuditLog audit;

    ReportAccess(Reports reports, Caller caller, AuditLog audit) {
        this.reports = reports;
        this.caller = caller;
        this.audit = audit;
    }

    /** The report if the caller may see it, locked for a change. */
    public Report forChange(UUID id, String action, String purpose) {
        Report report = reports.forUpdate(id).filter(this::visible).orElseThrow(ReportAccess::notFound);
        record(action, report.id(), purpose);
        return report;
    }

    /**
     * The report if it belongs to the caller's agency, locked: only the agency that took a report
     * changes it (a force its own reports, never one a centre shared with it).
     */
    public Report ownedForChange(UUID id, String action, String purpose) {
        Report report = reports.forUpdate(id).filter(r -> r.isOwnedBy(caller.agency())).orElseThrow(ReportAccess::notFound);
        record(action, report.id(), purpose);
        return report;
    }

    /** Any report, for an administrator or the platform itself acting under a recorded lawful basis. */
    public Report forAdministrator(UUID id, String action, String purpose) {
        Report report = reports.forUpdate(id).orElseThrow(ReportAccess::notFound);
        record(action, report.id(), purpose);
        return report;
    }

    public Report read(UUID id, String purpose) {
        Report report = reports.findByIdOptional(id).filter(this::visible).orElseThrow(ReportAccess::notFound);
        record("report.read", report.id(), purpose);
        return report;
    }

    /** A report of the caller's own agency, for reading. */
    public Report readOwned(UUID id, String purpose) {
        Report report = reports.findByIdOptional(id).filter(r -> r.isOwnedBy(caller.agency())).orElseThrow(ReportAccess::notFound);
        record("report.read", report.id(), purpose);
        return report;
    }

    /** The caller's own agency's report, if it is one, without an audit record (for rule checks only). */
    public Optional<Report> ownedByCaller(UUID id) {
        return reports.findByIdOptional(id).filter(r -> r.isOwnedBy(caller.agency()));
    }

    /** One page of the reports the caller may see, newest first. */
    public List<Report> list(ReportFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder(caller.hasRole(POLICE)
                ? "(sharedWithForce = :agency or agency = :agency)"
                : "agency = :agency");
        Parameters parameters = Parameters.with("agency", caller.agency());
        if (filter.status() != null) {
            query.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.strand() != null) {
            query.append(" and :strand member of strands");
            parameters.and("strand", filter.strand());
        }
        if (filter.district() != null) {
            query.append(" and district = :district");
            parameters.and("district", filter.district());
        }
        if (filter.receivedFrom() != null) {
            query.append(" and receivedAt >= :from");
            parameters.and("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            query.append(" and receivedAt < :to");
            parameters.and("to", filter.receivedTo());
        }
        query.append(" order by receivedAt desc, id");
        record("report.list", "agency:" + caller.agency(), "case work");
        return reports.find(query.toString(), parameters).page(Page.of(page, size)).list();
    }

    /** The triage queue: the agency's reports still to be looked at, oldest first. */
    public List<Report> triageQueue(int page, int size) {
        record("report.list", "agency:" + caller.agency(), "triage");
        return reports.find("agency = ?1 and status = ?2 order by receivedAt, id", caller.agency(), ReportStatus.RECEIVED)
                .page(Page.of(page, size)).list();
    }

    /** Is the caller the agency that took the report (rather than the force it was shared with)? */
    public boolean callerOwns(Report report) {
        return report.isOwnedBy(caller.agency());
    }

    public void record(String action, UUID reportId, String purpose) {
        record(action, reportId.toString(), purpose);
    }

    private void record(String action, String objectId, String purpose) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, OBJECT_TYPE, objectId, purpose));
    }

    private boolean visible(Report report) {
        String agency = caller.agency();
        if (caller.hasRole(POLICE) && (report.isSharedWith(agency) || report.isOwnedBy(agency))) {
            return true;
        }
        return caller.hasRole(CENTRE) && report.isOwnedBy(agency);
    }

    private static DomainException notFound() {
        return new DomainException.NotFound("report");
    }

    /** Optional filters of the report list. */
    public record ReportFilter(ReportStatus status, Strand strand, String district, OffsetDateTime receivedFrom,
            OffsetDateTime receivedTo) {
    }
}
