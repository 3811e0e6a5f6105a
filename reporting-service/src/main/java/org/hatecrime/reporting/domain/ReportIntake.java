package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.reporting.messaging.ReportEvents;
import org.hatecrime.reporting.protection.SealedData;
import org.hatecrime.reporting.protection.SubjectKeys;
import org.hatecrime.reporting.protection.VictimKeys;

/** Takes reports in: stores, seals, links, audits and announces each in one transaction. */
@ApplicationScoped
public class ReportIntake {

    private final IntakeRules rules;
    private final SubjectKeys subjectKeys;
    private final SealedData sealedData;
    private final VictimKeys victimKeys;
    private final DuplicateFinder duplicates;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ReportAccess access;
    private final NewReportRows rows;
    private final Clock clock = Clock.systemUTC();

    ReportIntake(IntakeRules rules, SubjectKeys subjectKeys, SealedData sealedData, VictimKeys victimKeys,
            DuplicateFinder duplicates, AuditLog audit, Outbox outbox, ReportAccess access, NewReportRows rows) {
        this.rules = rules;
        this.subjectKeys = subjectKeys;
        this.sealedData = sealedData;
        this.victimKeys = victimKeys;
        this.duplicates = duplicates;
        this.audit = audit;
        this.outbox = outbox;
        this.access = access;
        this.rows = rows;
    }

    /** A report just taken in, with everything its first view shows, so the answer needs no second read. */
    public record Submission(Report report, ReportDetails details, List<ConsentRecord> consentHistory, DuplicateFinder.Findings findings) {
    }

    @Transactional
    public Submission submit(NewReport request, IntakeSource source) {
        rules.check(request);
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        Report report = Report.receive(source.agency(), channelOf(request, source), source.actor(), now);
        report.reporterRole = request.reporterRole();
        report.anonymous = request.anonymous();
        report.strands = EnumSet.copyOf(request.strands());
        report.perceivedBy = request.perceivedBy();
        if (request.recordedAs() != null) {
            report.recordedAs = request.recordedAs();
        }
        report.offenceCategory = request.offenceCategory();
        report.incidentTypes = request.incidentTypes().stream().map(Enum::name).distinct().toArray(String[]::new);
        report.targetedFor = request.targetedFor().stream().map(Enum::name).distinct().toArray(String[]::new);
        report.injured = request.injured();
        report.propertyDamaged = request.propertyDamaged();
        report.suspectCount = request.suspectCount();
        report.suspectKnownToVictim = request.suspectKnownToVictim();
        report.witnessCount = request.witnessCount();
        report.district = request.district();
        report.occurredAt = request.occurredAt();
        report.occurredUntil = request.occurredUntil();
        if (source.channel() == Channel.POLICE) {
            // a report taken by the police is already with the force that took it
            report.sharedWithForce = source.agency();
            report.sharedAt = now;
        }
        List<String> keys = request.anonymous() || request.details().contact() == null
                ? List.of()
                : victimKeys.of(request.details().contact().email(), request.details().contact().phone());
        // one data subject per person: a victim known from an earlier report keeps their key, so
        // erasing them erases every report they made
        SubjectKeys.Subject subject = duplicates.subjectOf(keys).flatMap(subjectKeys::find).orElseGet(subjectKeys::create);
        report.subjectId = subject.id();
        report.sealedDetails = sealedData.seal(subject, report.id.toString(), request.details());
        report.consents = new Consents(request.shareWithPolice(), request.referToSupport(), request.statistics());
        ConsentMethod method = request.consentMethod() != null ? request.consentMethod() : source.defaultConsentMethod();
        List<ConsentRecord> consentHistory = firstConsents(report, method, source.actor(), now);
        rows.insert(report, consentHistory);

        DuplicateFinder.Findings findings = duplicates.link(report, keys);

        String victimKey = DuplicateFinder.victimKeyOf(keys);
        outbox.add(EventTypes.REPORT_SUBMITTED, report.id.toString(), ReportEvents.submitted(report, victimKey, findings.earlierReports()));
        if (report.sharedWithForce != null) {
            // taken by the police: the force's case work starts now, as for a report shared with it
            outbox.add(EventTypes.REPORT_SHARED_WITH_POLICE, report.id.toString(), ReportEvents.sharedWithPolice(report, false, victimKey));
        }
        // last: the audit chain's lock is held from here to commit, so keep that stretch short
        audit.record(source.actor(), source.agency(), new AuditEntry("report.create", ReportAccess.OBJECT_TYPE, report.id.toString(), "intake"));
        return new Submission(report, request.details(), consentHistory, findings);
    }

    /** The consents the report was taken with start its consent history. */
    private static List<ConsentRecord> firstConsents(Report report, ConsentMethod method, String actor, OffsetDateTime now) {
        return List.of(
                ConsentRecord.of(report.id, ConsentPurpose.SHARE_WITH_POLICE, report.consents.shareWithPolice, method, actor, now),
                ConsentRecord.of(report.id, ConsentPurpose.REFER_TO_SUPPORT, report.consents.referToSupport, method, actor, now),
                ConsentRecord.of(report.id, ConsentPurpose.STATISTICS, report.consents.statistics, method, actor, now));
    }

    /** The report's personal details, or nothing if its subject has been erased. */
    public Optional<ReportDetails> detailsOf(Report report) {
        return sealedData.open(report.subjectId, report.id.toString(), report.sealedDetails, ReportDetails.class);
    }

    /** Replaces the personal details of a report, if the caller read its current version. */
    @Transactional
    public Report updateDetails(UUID id, long expectedVersion, ReportDetails details) {
        Report report = access.ownedForChange(id, "report.update", "correcting the report");
        if (report.version != expectedVersion) {
            throw ProblemException.preconditionFailed("The report changed since you read it; read it again and reapply your change");
        }
        if (report.status.isFinal()) {
            throw ProblemException.conflict("A report that is " + report.status + " can no longer be changed");
        }
        if (report.anonymous && details.contact() != null) {
            throw ProblemException.invalidField("contact", "an anonymous report takes no contact details");
        }
        report.sealedDetails = sealedData.seal(report.subjectId, report.id.toString(), details);
        report.flush(); // the new version is the ETag the caller gets back
        return report;
    }

    private static Channel channelOf(NewReport request, IntakeSource source) {
        Channel requested = request.requestedChannel();
        if (requested == null || requested == source.channel()) {
            return source.channel();
        }
        if (requested == Channel.PHONE && source.channel() == Channel.THIRD_PARTY_CENTRE) {
            return Channel.PHONE;
        }
        throw ProblemException.invalidField("channel", "you cannot submit a report as " + requested);
    }

}
