package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Tells each case of a report that the victim withdrew, or gave again, their consent to share the
 * report with the police; the case decides what follows. Runs inside the inbox's transaction, with
 * the cases locked so a force's push at the same moment waits instead of failing.
 */
@ApplicationScoped
public class SharingConsents {

    private final Cases cases;
    private final CaseClocks clocks;
    private final CaseEventPublisher events;

    SharingConsents(Cases cases, CaseClocks clocks, CaseEventPublisher events) {
        this.cases = cases;
        this.clocks = clocks;
        this.events = events;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(UUID reportId, boolean granted, OffsetDateTime at) {
        // the database keeps microseconds: the case shows the time it will read back
        OffsetDateTime changedAt = at.truncatedTo(ChronoUnit.MICROS);
        cases.allOfReportForUpdate(reportId)
                .forEach(theCase -> theCase.sharingConsentChanged(granted, changedAt, clocks).forEach(events::publish));
    }
}
