package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Tells each case of a report that the report was withdrawn at intake; inside the inbox's transaction. */
@ApplicationScoped
public class ReportWithdrawals {

    private final Cases cases;

    ReportWithdrawals(Cases cases) {
        this.cases = cases;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID reportId, OffsetDateTime at, String reason) {
        cases.allOfReport(reportId).forEach(theCase -> theCase.reportWithdrawn(at, reason));
    }
}
