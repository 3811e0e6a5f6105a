package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;

/**
 * How the police and the CPS reach a case: the force the report was shared with, and the CPS area
 * of that force once the file reached it. Anyone else is told the case does not exist. Every
 * access is audited with what was done and why.
 */
@ApplicationScoped
public class CaseAccess {

    static final String OBJECT_TYPE = "case";
    static final String POLICE_ROLE = "police";
    static final String CPS_ROLE = "cps";

    private final Cases cases;
    private final Caller caller;
    private final AuditLog audit;

    CaseAccess(Cases cases, Caller caller, AuditLog audit) {
        this.cases = cases;
        this.caller = caller;
        this.audit = audit;
    }

    /** The party the caller acts for; a token with neither role reaches no case. */
    public Party party() {
        if (caller.hasRole(CPS_ROLE)) {
            return Party.CPS;
        }
        if (caller.hasRole(POLICE_ROLE)) {
            return Party.POLICE;
        }
        throw new DomainException.NotPermitted("Cases are worked by the police and the CPS");
    }

    /** The case, locked until the transaction ends, so two moves never interleave. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case forChange(UUID id, String action, String purpose) {
        Case c = cases.forUpdate(id).filter(found -> found.isWorkedBy(party(), caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("case"));
        record(action, id, purpose);
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Case forReading(UUID id, String action, String purpose) {
        Case c = cases.findByIdOptional(id).filter(found -> found.isWorkedBy(party(), caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("case"));
        record(action, id, purpose);
        return c;
    }

    void record(String action, UUID caseId, String purpose) {
        record(action, caseId.toString(), purpose);
    }

    void record(String action, String objectId, String purpose) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, OBJECT_TYPE, objectId, purpose));
    }

    String actor() {
        return caller.actor();
    }

    String agency() {
        return caller.agency();
    }
}
