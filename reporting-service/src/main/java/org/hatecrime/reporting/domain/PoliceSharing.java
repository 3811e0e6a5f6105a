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
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.messaging.ReportEvents;

/**
 * Shares a report with the police force for the district where it happened: only with the victim's
 * consent, or on an administrator's recorded lawful override. Police acknowledge with their crime
 * reference.
 */
@ApplicationScoped
public class PoliceSharing {

    private final ReportAccess access;
    private final DuplicateFinder duplicates;
    private final Caller caller;
    private final IntakeConfig config;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    PoliceSharing(ReportAccess access, DuplicateFinder duplicates, Caller caller, IntakeConfig config, Outbox outbox) {
        this.access = access;
        this.duplicates = duplicates;
        this.caller = caller;
        this.config = config;
        this.outbox = outbox;
    }

    /**
     * @param overrideReason an administrator's lawful basis for sharing without consent, or null
     */
    @Transactional
    public Report share(UUID id, String overrideReason) {
        boolean override = overrideReason != null;
        if (override && !caller.hasRole(ReportAccess.ADMIN)) {
            throw ProblemException.forbidden("Only an administrator may share without the victim's consent");
        }
        Report report = override
                ? access.forAdministrator(id, "report.share-with-police-override", "lawful override: " + overrideReason)
                : access.ownedForChange(id, "report.share-with-police", "sharing with police");
        if (!override && !report.consents.shareWithPolice) {
            throw ProblemException.conflict("The victim has not consented to sharing this report with the police");
        }
        if (report.sharedWithForce != null) {
            throw ProblemException.conflict("The report was already shared with " + report.sharedWithForce);
        }
        String force = config.forceFor(report.district)
                .orElseThrow(() -> ProblemException.conflict("No police force is configured for " + report.district));
        report.moveTo(ReportStatus.SHARED_WITH_POLICE);
        report.sharedWithForce = force;
        report.sharedAt = OffsetDateTime.now(clock);
        outbox.add(EventTypes.REPORT_SHARED_WITH_POLICE, id.toString(),
                ReportEvents.sharedWithPolice(report, override, duplicates.victimKeyOf(report.id)));
        report.flush();
        return report;
    }

    /** The force confirms receipt and gives its crime reference. */
    @Transactional
    public Report acknowledge(UUID id, String crimeReference) {
        Report report = access.forChange(id, "report.police-acknowledge", "police acknowledgement");
        if (!report.isSharedWith(caller.agency())) {
            throw ProblemException.notFound("report");
        }
        report.crimeReference = crimeReference;
        outbox.add(EventTypes.REPORT_POLICE_ACKNOWLEDGED, id.toString(),
                ReportEvents.policeAcknowledged(report, OffsetDateTime.now(clock)));
        report.flush();
        return report;
    }
}
