package org.hatecrime.reporting.domain.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.Reports;

/**
 * Shares a report with the police force for the district where it happened, with the victim's
 * consent (without it only through {@link LawfulOverrides}). The force acknowledges with its crime
 * reference.
 */
@ApplicationScoped
public class PoliceSharing {

    private final ReportAccess access;
    private final Reports reports;
    private final DuplicateFinder duplicates;
    private final ReportEventPublisher events;
    private final Caller caller;
    private final IntakeConfig config;
    private final Clock clock;

    PoliceSharing(ReportAccess access, Reports reports, DuplicateFinder duplicates, ReportEventPublisher events, Caller caller,
            IntakeConfig config, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.duplicates = duplicates;
        this.events = events;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Report share(UUID id) {
        Report report = access.ownedForChange(id, "report.share-with-police", "sharing with police");
        events.publish(report.shareWithPolice(config.forceFor(report.district()).orElse(null), OffsetDateTime.now(clock)),
                duplicates.victimKeyOf(report.id()));
        return reports.saved(report);
    }

    /** The force confirms receipt and gives its crime reference. */
    @Transactional
    public Report acknowledge(UUID id, String crimeReference) {
        Report report = access.forChange(id, "report.police-acknowledge", "police acknowledgement");
        events.publish(report.acknowledgeByPolice(caller.agency(), crimeReference, OffsetDateTime.now(clock)), null);
        return reports.saved(report);
    }
}
