package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;

/**
 * What the victim has been told of their case, and what they are still owed. The force and its CPS
 * area read it as part of the case; outside them only the victim service the victim was referred
 * to reads it, while the victim's consent to support stands. Everyone else is told the case does
 * not exist. Every read is audited.
 */
@ApplicationScoped
public class VictimTimeline {

    static final String VICTIM_CARE_ROLE = "victim-care";

    private final Cases cases;
    private final CaseAccess access;
    private final VictimSupports supports;
    private final Caller caller;

    VictimTimeline(Cases cases, CaseAccess access, VictimSupports supports, Caller caller) {
        this.cases = cases;
        this.access = access;
        this.supports = supports;
        this.caller = caller;
    }

    @Transactional
    public Case of(UUID caseId) {
        if (!caller.hasRole(VICTIM_CARE_ROLE) || caller.hasRole(CaseAccess.POLICE_ROLE) || caller.hasRole(CaseAccess.CPS_ROLE)) {
            return access.forReading(caseId, "case.victim-updates.read", "updates owed to the victim");
        }
        Case c = cases.findByIdOptional(caseId)
                .filter(found -> supports.forReport(found.reportId()).filter(s -> s.mayBeReadBy(caller.agency())).isPresent())
                .orElseThrow(() -> new DomainException.NotFound("case"));
        access.record("case.victim-updates.read", caseId, "supporting the victim");
        return c;
    }
}
