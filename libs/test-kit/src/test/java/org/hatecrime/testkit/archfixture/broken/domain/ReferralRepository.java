package org.hatecrime.testkit.archfixture.broken.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import java.util.UUID;

public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {
}
