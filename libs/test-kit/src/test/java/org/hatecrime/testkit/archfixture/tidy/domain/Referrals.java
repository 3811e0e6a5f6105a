package org.hatecrime.testkit.archfixture.tidy.domain;

import java.util.Optional;
import java.util.UUID;
import org.hatecrime.testkit.archfixture.tidy.domain.intake.Intake;

/** The application service: the only way in for resources and consumers. */
public class Referrals {
    public void receive(UUID id, String provider) {
        Referral referral = new Referral();
        referral.id = id;
        referral.provider = new Intake().provider(provider);
        referral.persist();
    }

    public Optional<Referral> one(UUID id) {
        return Referral.findByIdOptional(id);
    }
}
