package org.hatecrime.cases.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.hatecrime.cases.config.CaseConfig;
import org.hatecrime.cases.messaging.ReportSubmitted;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;

/** What the case service knows of submitted reports, and which force may see it. */
@ApplicationScoped
public class ReceivedReports {

    static final String NO_FORCE = "unassigned";

    private final CaseConfig config;
    private final Caller caller;

    ReceivedReports(CaseConfig config, Caller caller) {
        this.config = config;
        this.caller = caller;
    }

    /** Applies {@code report.submitted.v1}; runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ReportSubmitted submitted) {
        ReceivedReport report = new ReceivedReport();
        report.reportId = submitted.reportId();
        report.reference = submitted.reference();
        report.force = config.forceFor(submitted.district()).orElse(NO_FORCE);
        report.district = submitted.district();
        report.strands = submitted.strands().toArray(String[]::new);
        report.shareWithPolice = submitted.consents().shareWithPolice();
        report.occurredAt = submitted.occurredAt();
        report.receivedAt = submitted.receivedAt();
        report.persist();
    }

    @Transactional
    public List<ReceivedReport> forMyForce(int page, int size) {
        return ReceivedReport.sharedWith(caller.agency(), page, size);
    }

    @Transactional
    public ReceivedReport one(UUID reportId) {
        return ReceivedReport.findSharedWith(reportId, caller.agency())
                .orElseThrow(() -> ProblemException.notFound("received report"));
    }
}
