package org.hatecrime.cases.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.security.Caller;

/** Reports intake shared with a police force, and which force may see each. */
@ApplicationScoped
public class ReceivedReports {

    private final Caller caller;

    ReceivedReports(Caller caller) {
        this.caller = caller;
    }

    /** Applies {@code report.shared-with-police.v1} once per report; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReportSharedWithPolice shared) {
        if (ReceivedReport.findById(shared.reportId()) != null) {
            return; // shared again (a new event for the same report): the force keeps its one entry
        }
        ReceivedReport report = new ReceivedReport();
        report.reportId = shared.reportId();
        report.reference = shared.reference();
        report.force = shared.force();
        report.district = shared.district();
        report.strands = shared.strands().toArray(String[]::new);
        report.occurredAt = shared.occurredAt();
        report.receivedAt = shared.sharedAt();
        report.persist();
    }

    /** Applies {@code report.police-acknowledged.v1}: the force's crime reference. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledge(ReportPoliceAcknowledged acknowledged) {
        ReceivedReport.<ReceivedReport>findByIdOptional(acknowledged.reportId())
                .filter(report -> report.force.equals(acknowledged.force()))
                .ifPresent(report -> report.crimeReference = acknowledged.crimeReference());
    }

    /** Applies {@code report.withdrawn.v1}: the force learns the victim withdrew the report. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(ReportWithdrawn withdrawn) {
        ReceivedReport.<ReceivedReport>findByIdOptional(withdrawn.reportId()).ifPresent(report -> {
            report.withdrawnAt = withdrawn.withdrawnAt();
            report.withdrawalReason = withdrawn.reason();
        });
    }

    /** Applies {@code report.consent-changed.v1} for sharing with the police: withdrawn is shown, given again clears it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consentChanged(ConsentChanged changed) {
        if (!changed.isAboutSharingWithPolice()) {
            return;
        }
        ReceivedReport.<ReceivedReport>findByIdOptional(changed.reportId())
                .ifPresent(report -> report.sharingConsentWithdrawnAt = changed.granted() ? null : changed.changedAt());
    }

    /** Applies {@code subject.erased.v1}: the force learns the victim's data was erased; a later erasure keeps the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void victimErased(SubjectErased erased) {
        ReceivedReport.<ReceivedReport>findByIdOptional(erased.reportId())
                .filter(report -> report.victimErasedAt == null)
                .ifPresent(report -> report.victimErasedAt = erased.erasedAt().truncatedTo(ChronoUnit.MICROS));
    }

    /** The reports shared with the caller's force, most recently shared first: by default only those not withdrawn. */
    @Transactional
    public List<ReceivedReport> forMyForce(ReceivedReportStatus status, int page, int size) {
        return ReceivedReport.sharedWith(caller.agency(), status, page, size);
    }

    /** The report, if it was shared with the caller's force; otherwise empty, as if it did not exist. */
    @Transactional
    public Optional<ReceivedReport> one(UUID reportId) {
        return ReceivedReport.findSharedWith(reportId, caller.agency());
    }
}
