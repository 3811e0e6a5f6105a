package org.hatecrime.reporting.domain.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.Reports;

/**
 * Sharing with the police without consent: one administrator asks with the lawful basis, a second
 * approves or refuses. Answers carry the request and the report's reference, never its details.
 */
@ApplicationScoped
public class LawfulOverrides {

    private final LawfulOverrideRequests requests;
    private final ReportAccess access;
    private final Reports reports;
    private final DuplicateFinder duplicates;
    private final ReportEventPublisher events;
    private final Caller caller;
    private final IntakeConfig config;
    private final Clock clock;

    LawfulOverrides(LawfulOverrideRequests requests, ReportAccess access, Reports reports, DuplicateFinder duplicates,
            ReportEventPublisher events, Caller caller, IntakeConfig config, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.reports = reports;
        this.duplicates = duplicates;
        this.events = events;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /** A request and the report it is about (coded facts only are shown of it). */
    public record OverrideView(LawfulOverride override, Report report) {
    }

    @Transactional
    public OverrideView request(UUID reportId, String lawfulBasis) {
        Report report = access.forAdministrator(reportId, "report.lawful-override-request", "lawful override requested: " + lawfulBasis);
        if (report.sharedWithForce() != null) {
            throw new DomainException.RuleBroken("The report was already shared with " + report.sharedWithForce());
        }
        if (requests.oneIsWaitingFor(reportId)) {
            throw new DomainException.RuleBroken("A lawful override of this report is already waiting for a decision");
        }
        LawfulOverride override = LawfulOverride.request(reportId, lawfulBasis, caller.actor(), OffsetDateTime.now(clock));
        requests.persist(override);
        return new OverrideView(override, report);
    }

    @Transactional
    public OverrideView decide(UUID overrideId, boolean approved, String note) {
        LawfulOverride override = requests.forDecision(overrideId).orElseThrow(() -> new DomainException.NotFound("lawful override"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        override.decide(approved, caller.actor(), note, now);
        Report report = access.forAdministrator(override.reportId(),
                approved ? "report.share-with-police-override" : "report.lawful-override-refused",
                "lawful override " + (approved ? "approved" : "refused") + ": " + override.lawfulBasis());
        if (approved) {
            events.publish(report.shareWithPoliceOnLawfulBasis(config.forceFor(report.district()).orElse(null), override.lawfulBasis(), now),
                    duplicates.victimKeyOf(report.id()));
            reports.saved(report);
        }
        return new OverrideView(override, report);
    }

    @Transactional
    public List<OverrideView> waiting(int page, int size) {
        return requests.waiting(page, size).stream().map(o -> new OverrideView(o, reports.findById(o.reportId()))).toList();
    }
}
