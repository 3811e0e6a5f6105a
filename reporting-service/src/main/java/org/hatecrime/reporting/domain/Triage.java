package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.reporting.messaging.ReportEvents;

/** A reporting centre's decisions on its own reports: triage, closure, withdrawal, duplicates. */
@ApplicationScoped
public class Triage {

    private final ReportAccess access;
    private final DuplicateFinder duplicates;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    Triage(ReportAccess access, DuplicateFinder duplicates, Outbox outbox) {
        this.access = access;
        this.duplicates = duplicates;
        this.outbox = outbox;
    }

    @Transactional
    public Report triage(UUID id, RecordedAs recordedAs, OffenceCategory offenceCategory) {
        Report report = access.ownedForChange(id, "report.triage", "triage");
        report.moveTo(ReportStatus.TRIAGED);
        if (recordedAs != null) {
            report.recordedAs = recordedAs;
        }
        if (offenceCategory != null) {
            report.offenceCategory = offenceCategory;
        }
        outbox.add(EventTypes.REPORT_TRIAGED, id.toString(), ReportEvents.triaged(report, now()));
        return flushed(report);
    }

    @Transactional
    public Report close(UUID id) {
        Report report = access.ownedForChange(id, "report.close", "case closure");
        report.moveTo(ReportStatus.CLOSED);
        outbox.add(EventTypes.REPORT_CLOSED, id.toString(), ReportEvents.closed(report, now()));
        return flushed(report);
    }

    @Transactional
    public Report withdraw(UUID id, WithdrawalReason reason) {
        Report report = access.ownedForChange(id, "report.withdraw", "withdrawal");
        report.moveTo(ReportStatus.WITHDRAWN);
        outbox.add(EventTypes.REPORT_WITHDRAWN, id.toString(), ReportEvents.withdrawn(report, reason.name(), now()));
        return flushed(report);
    }

    /**
     * Links the report as a duplicate of another. The other report must be the agency's own, or one
     * the platform flagged as a possible duplicate (which may belong to another agency).
     */
    @Transactional
    public Report linkDuplicate(UUID id, UUID original) {
        if (id.equals(original)) {
            throw ProblemException.invalidField("duplicateOf", "a report cannot duplicate itself");
        }
        Report report = access.ownedForChange(id, "report.link-duplicate", "duplicate handling");
        boolean ownOther = Report.<Report>findByIdOptional(original).filter(r -> r.agency.equals(report.agency)).isPresent();
        if (!ownOther && !duplicates.possibleDuplicatesOf(id).contains(original)) {
            throw ProblemException.invalidField("duplicateOf", "no such report among yours or the possible duplicates");
        }
        report.moveTo(ReportStatus.DUPLICATE);
        report.duplicateOf = original;
        outbox.add(EventTypes.REPORT_DUPLICATE_LINKED, id.toString(), ReportEvents.duplicateLinked(report, now()));
        return flushed(report);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static Report flushed(Report report) {
        report.flush();
        return report;
    }
}
