package org.hatecrime.testkit.archfixture.broken.messaging;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.testkit.archfixture.broken.domain.Referral;

/** Writes the entity itself instead of going through the application service. */
public class ReferralConsumer {
    @Incoming("reports")
    public void onReferral(ReferralRequested requested) {
        Referral referral = new Referral();
        referral.id = requested.reportId();
        referral.persist();
    }
}
