package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.protection.KeptEventCopies;

/**
 * Tells each case of a report that the person the report is about was erased at intake: the case
 * forgets the victim key and loses its repeat-victim links, and the copies of events kept here
 * (dead letters of the report) lose it too. Each case's erasure is audited for its force, as done
 * by the platform, with the erasure it came from. Runs inside the inbox's transaction, with the
 * cases locked so a force's push at the same moment waits instead of failing.
 */
@ApplicationScoped
public class VictimErasures {

    /** Who erases, in the audit log: the platform, carrying out an erasure made at intake. */
    static final String ERASED_BY = "platform";
    static final String ACTION = "case.victim-erased";

    private final Cases cases;
    private final CaseLinks links;
    private final KeptEventCopies keptCopies;
    private final AuditLog audit;

    VictimErasures(Cases cases, CaseLinks links, KeptEventCopies keptCopies, AuditLog audit) {
        this.cases = cases;
        this.links = links;
        this.keptCopies = keptCopies;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(UUID erasureId, UUID reportId, OffsetDateTime at) {
        // the database keeps microseconds: the case shows the time it will read back
        OffsetDateTime erasedAt = at.truncatedTo(ChronoUnit.MICROS);
        List<Case> ofReport = cases.allOfReportForUpdate(reportId);
        links.lockKeysOf(ofReport);
        for (Case theCase : ofReport) {
            if (theCase.victimErased(erasedAt)) {
                links.forgetVictimLinksOf(theCase);
                audit.record(ERASED_BY, theCase.force(), new AuditEntry(ACTION, CaseAccess.OBJECT_TYPE, theCase.id().toString(),
                        "erasure " + erasureId + " at intake: the victim's key and repeat-victim links forgotten"));
            }
        }
        keptCopies.forgetVictimKeyOf(reportId);
    }
}
