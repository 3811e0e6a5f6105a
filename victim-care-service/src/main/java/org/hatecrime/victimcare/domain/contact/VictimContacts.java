package org.hatecrime.victimcare.domain.contact;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Where the sealed contact details of referrals are kept, one row per referral. */
@ApplicationScoped
public class VictimContacts implements PanacheRepositoryBase<VictimContact, UUID> {
}
