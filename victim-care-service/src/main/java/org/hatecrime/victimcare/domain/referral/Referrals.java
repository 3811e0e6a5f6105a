package org.hatecrime.victimcare.domain.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where referrals are kept: the one way the service loads and saves them. */
@ApplicationScoped
public class Referrals implements PanacheRepositoryBase<Referral, UUID> {

    Optional<Referral> forUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A referral the agency works, locked until the transaction ends; empty when unknown or another agency's. */
    public Optional<Referral> lockedFor(UUID id, String agency) {
        return forUpdate(id).filter(r -> r.isWorkedBy(agency));
    }

    /** A referral the agency works; empty when unknown or another agency's. */
    public Optional<Referral> workedBy(UUID id, String agency) {
        return findByIdOptional(id).filter(r -> r.isWorkedBy(agency));
    }

    /** The open referral of this victim to this provider, if there is one. */
    Optional<Referral> openFor(String victimKey, String provider) {
        if (victimKey == null) {
            return Optional.empty();
        }
        return find("victimKey = ?1 and provider = ?2 and status in ?3 order by consentedAt", victimKey, provider, ReferralStatuses.OPEN)
                .firstResultOptional();
    }

    /** Referrals made from a report, directly or joined to an earlier referral of the same victim. */
    List<Referral> ofReport(UUID reportId) {
        return find("reportId = ?1 or id in (select j.referralId from JoinedReport j where j.reportId = ?1)", reportId).list();
    }

    List<Referral> workedBy(String agency, ReferralStatus status, int page, int size) {
        if (status == null) {
            return find("agency = ?1 order by consentedAt desc, id", agency).page(Page.of(page, size)).list();
        }
        return find("agency = ?1 and status = ?2 order by consentedAt desc, id", agency, status).page(Page.of(page, size)).list();
    }

    /** Writes pending changes now, so the version the caller gets back as ETag is the stored one. */
    Referral saved(Referral referral) {
        flush();
        return referral;
    }
}
