package org.hatecrime.victimcare.domain.contact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Where logged contacts are kept. */
@ApplicationScoped
public class ContactAttempts implements PanacheRepositoryBase<ContactAttempt, UUID> {

    List<ContactAttempt> ofReferral(UUID referralId) {
        return find("referralId = ?1 order by attemptedAt, recordedAt, id", referralId).list();
    }
}
