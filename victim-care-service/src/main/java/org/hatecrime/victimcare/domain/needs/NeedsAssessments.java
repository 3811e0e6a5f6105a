package org.hatecrime.victimcare.domain.needs;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where needs assessments are kept: the one way the service loads and saves them. */
@ApplicationScoped
public class NeedsAssessments implements PanacheRepositoryBase<NeedsAssessment, UUID> {

    /** Every assessment of the referral, the latest (the one that counts) first. */
    List<NeedsAssessment> ofReferral(UUID referralId) {
        return find("referralId = ?1 order by seq desc", referralId).list();
    }

    Optional<NeedsAssessment> byIdempotencyKey(UUID referralId, String key) {
        return find("referralId = ?1 and idempotencyKey = ?2", referralId, key).firstResultOptional();
    }
}
