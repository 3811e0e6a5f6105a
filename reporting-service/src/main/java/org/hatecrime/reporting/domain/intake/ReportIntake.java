package org.hatecrime.reporting.domain.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.protection.SubjectKeys;
import org.hatecrime.kit.protection.RetiredVictimKeys;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.report.NewReport;
import org.hatecrime.reporting.domain.report.NewReportRows;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportDetails;
import org.hatecrime.reporting.domain.report.ReportEvent;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.Reports;

/** Takes reports in: stores, seals, links, audits and announces each in one transaction. */
@ApplicationScoped
public class ReportIntake {

    private final IntakeRules rules;
    private final SubjectKeys subjectKeys;
    private final SealedData sealedData;
    private final RetiredVictimKeys victimKeys;
    private final DuplicateFinder duplicates;
    private final AuditLog audit;
    private final ReportEventPublisher events;
    private final ReportAccess access;
    private final Reports reports;
    private final NewReportRows newReports;
    private final Clock clock;

    ReportIntake(IntakeRules rules, SubjectKeys subjectKeys, SealedData sealedData, RetiredVictimKeys victimKeys, DuplicateFinder duplicates,
            AuditLog audit, ReportEventPublisher events, ReportAccess access, Reports reports, NewReportRows newReports, Clock clock) {
        this.rules = rules;
        this.subjectKeys = subjectKeys;
        this.sealedData = sealedData;
        this.victimKeys = victimKeys;
        this.duplicates = duplicates;
        this.audit = audit;
        this.events = events;
        this.access = access;
        this.reports = reports;
        this.newReports = newReports;
        this.clock = clock;
    }

    /** A report just taken in, with everything its first view shows, so the answer needs no second read. */
    public record Submission(Report report, ReportDetails details, DuplicateFinder.Findings findings) {
    }

    @Transactional
    public Submission submit(NewReport request, IntakeSource source) {
        return submit(request, source, report -> { });
    }

    /** Takes a report in; {@code beforeStoring} completes the new aggregate (e.g. its follow-up code) before it is written. */
    @Transactional
    public Submission submit(NewReport request, IntakeSource source, Consumer<Report> beforeStoring) {
        return submit(Randomness.uuid(), request, source, beforeStoring);
    }

    /** Takes a report in under an id drawn beforehand (an idempotency claim names it first). */
    @Transactional
    public Submission submit(UUID reportId, NewReport request, IntakeSource source, Consumer<Report> beforeStoring) {
        rules.check(request);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        Report.Received received = new Report.Received(reportId, source.agency(), channelOf(request, source), source.actor(),
                source.consentMethodFor(request), now);
        List<String> keys = request.anonymous() || request.details().contact() == null
                ? List.of()
                : victimKeys.current(request.details().contact().email(), request.details().contact().phone());
        // one data subject per person at an agency: a victim known from an earlier report there keeps
        // their key, so erasing them erases every report they made
        SubjectKeys.Subject subject = duplicates.subjectOf(keys, source.agency()).flatMap(subjectKeys::find)
                .orElseGet(subjectKeys::create);
        Report report = Report.receive(request, received, subject.id(), sealedData.seal(subject, received.reportId().toString(),
                request.details()));
        beforeStoring.accept(report);
        newReports.insert(report); // one statement: victim keys and links below refer to the stored report

        DuplicateFinder.Findings findings = duplicates.link(report, keys);
        String victimKey = DuplicateFinder.victimKeyOf(keys);
        events.publish(report.submitted(findings.earlierReportsOnPlatform()), victimKey);
        if (report.takenByPolice()) {
            // taken by the police: the force's case work starts now, as for a report shared with it
            events.publish(new ReportEvent.SharedWithPolice(report, false), victimKey);
        }
        // last: the audit chain's lock is held from here to commit, so keep that stretch short
        audit.record(source.actor(), source.agency(), new AuditEntry("report.create", ReportAccess.OBJECT_TYPE, report.id().toString(),
                "intake"));
        return new Submission(report, request.details(), findings);
    }

    /** The report's personal details, or nothing if its subject has been erased. */
    public Optional<ReportDetails> detailsOf(Report report) {
        return sealedData.open(report.subjectId(), report.id().toString(), report.sealedDetails(), ReportDetails.class);
    }

    /** Replaces the personal details of a report, if the caller read its current version. */
    @Transactional
    public Report correctDetails(UUID id, long expectedVersion, ReportDetails details) {
        Report report = access.ownedForChange(id, "report.update", "correcting the report");
        report.correctDetails(expectedVersion, details.contact() != null, sealedData.seal(report.subjectId(), report.id().toString(), details));
        return reports.saved(report);
    }

    private static Channel channelOf(NewReport request, IntakeSource source) {
        Channel requested = request.requestedChannel();
        if (requested == null || requested == source.channel()) {
            return source.channel();
        }
        if (requested == Channel.PHONE && source.channel() == Channel.THIRD_PARTY_CENTRE) {
            return Channel.PHONE;
        }
        throw new DomainException.InvalidValue("channel", "you cannot submit a report as " + requested);
    }
}
