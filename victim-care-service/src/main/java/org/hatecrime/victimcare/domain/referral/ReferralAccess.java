package org.hatecrime.victimcare.domain.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;

/**
 * How the capabilities that work on a referral (needs assessment, support) reach it: only the agency
 * that works the referral finds it, anyone else is told it does not exist, and every access is
 * audited with what was done and why.
 */
@ApplicationScoped
public class ReferralAccess {

    private final Referrals referrals;
    private final Caller caller;
    private final AuditLog audit;

    ReferralAccess(Referrals referrals, Caller caller, AuditLog audit) {
        this.referrals = referrals;
        this.caller = caller;
        this.audit = audit;
    }

    /** The referral, locked until the transaction ends, so two changes of what hangs on it never interleave. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Referral forChange(UUID id, String action, String purpose) {
        Referral referral = referrals.forUpdate(id).filter(r -> r.isWorkedBy(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("referral"));
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, ReferralWork.OBJECT_TYPE, id.toString(), purpose));
        return referral;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Referral forReading(UUID id, String action, String purpose) {
        Referral referral = referrals.findByIdOptional(id).filter(r -> r.isWorkedBy(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("referral"));
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, ReferralWork.OBJECT_TYPE, id.toString(), purpose));
        return referral;
    }

    /** Who is acting, for the records they make. */
    public String actor() {
        return caller.actor();
    }
}
