package org.hatecrime.reporting.domain.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.WithdrawalReason;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportEvent;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.Reports;

/** The owning agency's decisions on its own reports: triage, closure, withdrawal, duplicates. */
@ApplicationScoped
public class Triage {

    private final ReportAccess access;
    private final Reports reports;
    private final DuplicateFinder duplicates;
    private final ReportEventPublisher events;
    private final Clock clock;

    Triage(ReportAccess access, Reports reports, DuplicateFinder duplicates, ReportEventPublisher events, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.duplicates = duplicates;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Report triage(UUID id, RecordedAs recordedAs, OffenceCategory offenceCategory) {
        Report report = access.ownedForChange(id, "report.triage", "triage");
        return announced(report.triage(recordedAs, offenceCategory, now()));
    }

    @Transactional
    public Report close(UUID id) {
        Report report = access.ownedForChange(id, "report.close", "case closure");
        return announced(report.close(now()));
    }

    @Transactional
    public Report withdraw(UUID id, WithdrawalReason reason) {
        Report report = access.ownedForChange(id, "report.withdraw", "withdrawal");
        return announced(report.withdraw(reason, now()));
    }

    /**
     * Links the report as a duplicate of another: one of the agency's own reports, or one the
     * platform flagged or the partnership coordinator confirmed as the same incident.
     */
    @Transactional
    public Report linkDuplicate(UUID id, UUID original) {
        Report report = access.ownedForChange(id, "report.link-duplicate", "duplicate handling");
        boolean linkable = access.ownedByCaller(original).isPresent() || duplicates.isLinkable(id, original);
        if (!id.equals(original) && !linkable) {
            throw new DomainException.InvalidValue("duplicateOf", "no such report among yours or the possible duplicates");
        }
        return announced(report.linkAsDuplicateOf(original, now()));
    }

    private Report announced(ReportEvent event) {
        events.publish(event, null);
        return reports.saved(event.report());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
