package org.hatecrime.reporting.domain.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.Reports;

/** Records the victim giving or withdrawing consent for one purpose, on a report of the caller's agency. */
@ApplicationScoped
public class ConsentDecisions {

    private final ReportAccess access;
    private final Reports reports;
    private final DuplicateFinder duplicates;
    private final ReportEventPublisher events;
    private final Caller caller;
    private final Clock clock;

    ConsentDecisions(ReportAccess access, Reports reports, DuplicateFinder duplicates, ReportEventPublisher events, Caller caller,
            Clock clock) {
        this.access = access;
        this.reports = reports;
        this.duplicates = duplicates;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Report record(UUID id, ConsentPurpose purpose, boolean granted, ConsentMethod method) {
        Report report = access.ownedForChange(id, granted ? "report.consent-give" : "report.consent-withdraw", "consent");
        events.publish(report.recordConsent(purpose, granted, method, caller.actor(), OffsetDateTime.now(clock)),
                duplicates.victimKeyOf(report.id()));
        return reports.saved(report);
    }
}
