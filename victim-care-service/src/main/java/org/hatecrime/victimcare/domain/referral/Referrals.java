package org.hatecrime.victimcare.domain.referral;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where referrals are kept: the one way the service loads and saves them. */
@ApplicationScoped
public class Referrals implements PanacheRepositoryBase<Referral, UUID> {

    private static final String SKIP_LOCKED_HINT = "jakarta.persistence.lock.timeout";
    /** Hibernate's lock timeout meaning "skip rows locked by others" ({@code LockOptions.SKIP_LOCKED}). */
    private static final int SKIP_LOCKED = -2;

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

    /**
     * Referrals whose delivery to their provider's case system is due, locked; rows another
     * delivery run holds are skipped, so two instances never take the same referral at once.
     */
    public List<Referral> dueForDelivery(OffsetDateTime now, int max) {
        return find("delivery.nextAttemptAt <= ?1 and delivery.deliveredAt is null and status = ?2 and contactStoppedBecause is null "
                + "order by delivery.nextAttemptAt, id", now, ReferralStatus.REQUESTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SKIP_LOCKED_HINT, SKIP_LOCKED).page(Page.ofSize(max)).list();
    }

    /** A referral locked until the transaction ends, whoever works it: for the platform's own runs. */
    public Optional<Referral> locked(UUID id) {
        return forUpdate(id);
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

    /**
     * The referrals an erasure of the report's data subject reaches, locked until the transaction
     * ends: those made from the report or joined by it, and any referral or self-referral whose
     * victim key is one of the erased person's.
     */
    public List<Referral> reachedByErasure(UUID reportId, List<String> victimKeys) {
        String ofReport = "reportId = ?1 or id in (select j.referralId from JoinedReport j where j.reportId = ?1)";
        if (victimKeys.isEmpty()) {
            return find(ofReport + " order by id", reportId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        }
        return find(ofReport + " or victimKey in ?2 order by id", reportId, victimKeys).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The reports a referral holds: the one it was made from, if any, and every report joined to it later. */
    public List<UUID> reportsOf(Referral referral) {
        List<UUID> reports = new ArrayList<>(getEntityManager()
                .createQuery("select j.reportId from JoinedReport j where j.referralId = ?1 order by j.reportId", UUID.class)
                .setParameter(1, referral.id()).getResultList());
        if (referral.reportId() != null) {
            reports.add(0, referral.reportId());
        }
        return reports;
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
