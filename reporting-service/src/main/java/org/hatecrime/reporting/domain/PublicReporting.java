package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.protection.SealedData;

/**
 * Reporting without an account. The reporter gets a reference and a follow-up code, shown once;
 * with both they can add information and see the status in plain words, and nothing else.
 */
@ApplicationScoped
public class PublicReporting {

    static final String PUBLIC_ACTOR = "public";

    private final ReportIntake intake;
    private final FollowUpCodes codes;
    private final SealedData sealedData;
    private final AuditLog audit;
    private final IntakeConfig config;

    PublicReporting(ReportIntake intake, FollowUpCodes codes, SealedData sealedData, AuditLog audit, IntakeConfig config) {
        this.intake = intake;
        this.codes = codes;
        this.sealedData = sealedData;
        this.audit = audit;
        this.config = config;
    }

    /** What the reporter is shown once: keep the code safe, it is not stored anywhere readable. */
    public record Receipt(String reference, String followUpCode, String status) {
    }

    @Transactional
    public Receipt submit(NewReport request) {
        IntakeSource source = new IntakeSource(config.publicIntakeAgencyFor(request.district()), Channel.PUBLIC_ONLINE, PUBLIC_ACTOR,
                ConsentMethod.ONLINE);
        Report report = intake.submit(request, source).report();
        String code = codes.issue(report);
        return new Receipt(report.reference, code, report.status.inPlainWords());
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public String status(String reference, String code) {
        Report report = codes.verify(reference, code);
        audit.record(PUBLIC_ACTOR, null, new AuditEntry("report.public-status", ReportAccess.OBJECT_TYPE, report.id.toString(),
                "reporter checking status"));
        return report.status.inPlainWords();
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public void addFollowUp(String reference, String code, String information) {
        Report report = codes.verify(reference, code);
        if (report.status.isFinal()) {
            throw ProblemException.conflict("This report is closed; please make a new report");
        }
        UUID id = UUID.randomUUID();
        byte[] sealed = sealedData.seal(report.subjectId, id.toString(), information);
        report.getEntityManager().createNativeQuery("insert into follow_up (id, report_id, sealed_text, added_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, report.id).setParameter(3, sealed)
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate();
        audit.record(PUBLIC_ACTOR, null, new AuditEntry("report.public-follow-up", ReportAccess.OBJECT_TYPE, report.id.toString(),
                "reporter adding information"));
    }
}
