package org.hatecrime.victimcare.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.victimcare.config.VictimCareConfig;
import org.hatecrime.victimcare.messaging.ReportSubmitted;

/** What victim care knows of submitted reports, and who may see it. */
@ApplicationScoped
public class ReceivedReports {

    private final VictimCareConfig config;
    private final Caller caller;

    ReceivedReports(VictimCareConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    /** Applies {@code report.submitted.v1}; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReportSubmitted submitted) {
        ReceivedReport report = new ReceivedReport();
        report.reportId = submitted.reportId();
        report.reference = submitted.reference();
        report.provider = config.defaultProvider();
        report.district = submitted.district();
        report.strands = submitted.strands().toArray(String[]::new);
        report.referToSupport = submitted.consents().referToSupport();
        report.occurredAt = submitted.occurredAt();
        report.receivedAt = submitted.receivedAt();
        report.persist();
    }

    @Transactional
    public List<ReceivedReport> forMyAgency(int page, int size) {
        return ReceivedReport.referableTo(caller.agency(), page, size);
    }

    @Transactional
    public ReceivedReport one(UUID reportId) {
        return ReceivedReport.findReferableTo(reportId, caller.agency())
                .orElseThrow(() -> ProblemException.notFound("received report"));
    }
}
