package org.hatecrime.victimcare.domain.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;

/**
 * A victim service's staff working their referrals. A referral is visible only to the agency that
 * works it; anything else answers as if it did not exist. Every look and change is audited.
 */
@ApplicationScoped
public class ReferralWork {

    static final String OBJECT_TYPE = "referral";

    private final Referrals referrals;
    private final ReferralEventPublisher events;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    ReferralWork(Referrals referrals, ReferralEventPublisher events, Caller caller, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.events = events;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Referral> queue(ReferralStatus status, int page, int size) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry("referral.list", OBJECT_TYPE, "agency:" + caller.agency(),
                "working referrals"));
        return referrals.workedBy(caller.agency(), status, page, size);
    }

    @Transactional
    public Referral read(UUID id) {
        Referral referral = referrals.findByIdOptional(id).filter(r -> r.isWorkedBy(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("referral"));
        record("referral.read", referral, "working the referral");
        return referral;
    }

    /** Moves the referral on; {@code expectedVersion} (from If-Match) guards against a colleague's change, when given. */
    @Transactional
    public Referral change(UUID id, Long expectedVersion, ReferralStatus to, String reasonCode) {
        Referral referral = referrals.forUpdate(id).filter(r -> r.isWorkedBy(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("referral"));
        if (expectedVersion != null && expectedVersion != referral.version()) {
            throw new DomainException.StaleVersion("The referral changed since you read it; read it again");
        }
        record("referral.change", referral, "referral " + to);
        events.publish(referral.change(to, reasonCode, caller.actor(), OffsetDateTime.now(clock)));
        return referrals.saved(referral);
    }

    private void record(String action, Referral referral, String purpose) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, OBJECT_TYPE, referral.id().toString(), purpose));
    }
}
