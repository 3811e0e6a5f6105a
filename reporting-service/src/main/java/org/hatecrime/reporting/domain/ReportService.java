package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.messaging.ReportSubmitted;

/** Takes reports in: stores, audits and announces them in one transaction. */
@ApplicationScoped
public class ReportService {

    private static final String OBJECT_TYPE = "report";

    private final Outbox outbox;
    private final AuditLog audit;
    private final Caller caller;
    private final IntakeConfig intake;
    private final Clock clock;

    ReportService(Outbox outbox, AuditLog audit, Caller caller, IntakeConfig intake) {
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
        this.intake = intake;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Report submit(NewReport request) {
        if (!intake.districts().contains(request.district())) {
            throw ProblemException.invalidField("district", "unknown district; allowed: " + intake.districts());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String agency = caller.agency();
        Consents consents = new Consents(request.shareWithPolice(), request.referToSupport(), request.statistics(),
                caller.actor(), now);
        Report report = Report.receive(agency, Channel.THIRD_PARTY_CENTRE, request.strands(), request.district(),
                request.occurredAt(), request.description(), consents, now);
        report.persist();
        audit.record(caller.actor(), agency, new AuditEntry("report.create", OBJECT_TYPE, report.id.toString(), "intake"));
        outbox.add(EventTypes.REPORT_SUBMITTED, report.id.toString(), ReportSubmitted.of(report));
        return report;
    }

    /** Reads a report for its own agency, and records that it was read. */
    @Transactional
    public Report read(UUID id) {
        String agency = caller.agency();
        Report report = Report.findVisibleTo(id, agency).orElseThrow(() -> ProblemException.notFound("report"));
        audit.record(caller.actor(), agency, new AuditEntry("report.read", OBJECT_TYPE, id.toString(), "follow-up"));
        return report;
    }
}
