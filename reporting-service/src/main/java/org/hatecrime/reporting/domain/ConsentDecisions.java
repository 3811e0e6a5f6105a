package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.messaging.ReportEvents;

/**
 * Gives or withdraws consent for one purpose. A withdrawal stops anything further being shared
 * for that purpose; what was already shared stays shared, and the owner of it is told by the event.
 */
@ApplicationScoped
public class ConsentDecisions {

    private final ReportAccess access;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ConsentDecisions(ReportAccess access, Caller caller, Outbox outbox) {
        this.access = access;
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional
    public Report record(UUID id, ConsentPurpose purpose, boolean granted, ConsentMethod method) {
        Report report = access.ownedForChange(id, granted ? "report.consent-give" : "report.consent-withdraw", "consent");
        if (report.status == ReportStatus.WITHDRAWN || report.status == ReportStatus.DUPLICATE) {
            throw ProblemException.conflict("Consent cannot change on a report that is " + report.status);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ConsentRecord record = ConsentRecord.record(report, purpose, granted, method, caller.actor(), now);
        outbox.add(EventTypes.REPORT_CONSENT_CHANGED, id.toString(), ReportEvents.consentChanged(report, record));
        report.flush();
        return report;
    }
}
