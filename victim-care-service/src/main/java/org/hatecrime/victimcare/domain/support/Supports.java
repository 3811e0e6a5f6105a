package org.hatecrime.victimcare.domain.support;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Where support is kept, one per referral: the one way the service loads and saves it. */
@ApplicationScoped
public class Supports implements PanacheRepositoryBase<Support, UUID> {

    Optional<Support> ofReferral(UUID referralId) {
        return findByIdOptional(referralId);
    }

    /** Writes pending changes now, so the version the caller gets back as ETag is the stored one. */
    Support saved(Support support) {
        if (!isPersistent(support)) {
            persist(support);
        }
        flush();
        return support;
    }
}
