package org.hatecrime.reporting.domain.publicreporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.publicaccess.ProofOfWork;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.intake.IntakeSource;
import org.hatecrime.reporting.domain.intake.ReportIntake;
import org.hatecrime.reporting.domain.report.NewReport;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;

/**
 * Reporting without an account. The reporter gets a reference and a follow-up code, shown once;
 * with both they can add information and see the status in plain words, and nothing else. Consent
 * given here is always recorded as given online: the reporter cannot claim it was witnessed.
 */
@ApplicationScoped
public class PublicReporting {

    static final String PUBLIC_ACTOR = "public";
    /** What the proof-of-work challenges of this door are for. */
    static final String SUBMISSION = "public-report";

    private final ReportIntake intake;
    private final FollowUpCodes codes;
    private final FollowUps followUps;
    private final ProofOfWork proofOfWork;
    private final AuditLog audit;
    private final IntakeConfig config;
    private final Clock clock;

    PublicReporting(ReportIntake intake, FollowUpCodes codes, FollowUps followUps, ProofOfWork proofOfWork, AuditLog audit,
            IntakeConfig config, Clock clock) {
        this.intake = intake;
        this.codes = codes;
        this.followUps = followUps;
        this.proofOfWork = proofOfWork;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    /** What the reporter is shown once: keep the code safe, it is not stored anywhere readable. */
    public record Receipt(String reference, String followUpCode, String status) {
    }

    /** Where the report is, in plain words, and how many additions the reporter sent have arrived. */
    public record Status(String reference, String status, int followUpsReceived, OffsetDateTime lastFollowUpAt) {
    }

    /** A challenge to solve before {@link #submit}: a small cost to each anonymous report, none to the agencies. */
    public ProofOfWork.Challenge challenge() {
        return proofOfWork.issue(SUBMISSION);
    }

    /** Takes a report with its solved challenge; the challenge is spent only if the report is taken. */
    @Transactional
    public Receipt submit(NewReport request, String proof) {
        proofOfWork.spend(SUBMISSION, proof);
        IntakeSource source = new IntakeSource(config.publicIntakeAgencyFor(request.district()), Channel.PUBLIC_ONLINE, PUBLIC_ACTOR,
                ConsentMethod.ONLINE, ConsentMethod.ONLINE);
        AtomicReference<String> code = new AtomicReference<>();
        Report report = intake.submit(request, source, received -> code.set(codes.issue(received))).report();
        return new Receipt(report.reference(), code.get(), report.status().inPlainWords());
    }

    @Transactional(dontRollbackOn = DomainException.class)
    public Status status(String reference, String code) {
        Report report = codes.verify(reference, code);
        audit.record(PUBLIC_ACTOR, null, new AuditEntry("report.public-status", ReportAccess.OBJECT_TYPE, report.id().toString(),
                "reporter checking status"));
        FollowUps.Received received = followUps.receivedFor(report.id());
        return new Status(report.reference(), report.status().inPlainWords(), received.count(), received.lastAddedAt());
    }

    @Transactional(dontRollbackOn = DomainException.class)
    public Status addFollowUp(String reference, String code, String information) {
        Report report = codes.verify(reference, code);
        if (report.status().isFinal()) {
            throw new DomainException.RuleBroken("This report is closed; please make a new report");
        }
        followUps.add(report, information, OffsetDateTime.now(clock));
        audit.record(PUBLIC_ACTOR, null, new AuditEntry("report.public-follow-up", ReportAccess.OBJECT_TYPE, report.id().toString(),
                "reporter adding information"));
        FollowUps.Received received = followUps.receivedFor(report.id());
        return new Status(report.reference(), report.status().inPlainWords(), received.count(), received.lastAddedAt());
    }
}
