package org.hatecrime.victimcare.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.security.Caller;

/** Reports whose victims intake referred to a victim service, and which service may see each. */
@ApplicationScoped
public class ReceivedReports {

    private final Caller caller;

    ReceivedReports(Caller caller) {
        this.caller = caller;
    }

    /** Applies {@code report.referral-requested.v1}; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReferralRequested referral) {
        ReceivedReport report = new ReceivedReport();
        report.reportId = referral.reportId();
        report.reference = referral.reference();
        report.provider = referral.provider();
        report.district = referral.district();
        report.strands = referral.strands().toArray(String[]::new);
        report.occurredAt = referral.occurredAt();
        report.receivedAt = referral.requestedAt();
        report.persist();
    }

    /** Applies {@code report.withdrawn.v1}: the service must stop contacting the victim. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(ReportWithdrawn withdrawn) {
        ReceivedReport.<ReceivedReport>findByIdOptional(withdrawn.reportId()).ifPresent(report -> {
            report.withdrawnAt = withdrawn.withdrawnAt();
            report.withdrawalReason = withdrawn.reason();
        });
    }

    /** Applies {@code report.consent-changed.v1} for referral to support: withdrawn stops contact, given again allows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consentChanged(ConsentChanged changed) {
        if (!changed.isAboutSupport()) {
            return;
        }
        ReceivedReport.<ReceivedReport>findByIdOptional(changed.reportId())
                .ifPresent(report -> report.supportConsentWithdrawnAt = changed.granted() ? null : changed.changedAt());
    }

    @Transactional
    public List<ReceivedReport> forMyAgency(ReceivedReportStatus status, int page, int size) {
        return ReceivedReport.referredTo(caller.agency(), status, page, size);
    }

    /** The report, if it was referred to the caller's service; otherwise empty, as if it did not exist. */
    @Transactional
    public Optional<ReceivedReport> one(UUID reportId) {
        return ReceivedReport.findReferredTo(reportId, caller.agency());
    }
}
