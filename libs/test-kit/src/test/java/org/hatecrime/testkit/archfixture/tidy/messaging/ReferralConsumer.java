package org.hatecrime.testkit.archfixture.tidy.messaging;

import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.kit.inbox.InboxStandIn;
import org.hatecrime.testkit.archfixture.tidy.domain.Referrals;

/** Hands each event to the application service. */
public class ReferralConsumer {
    private final InboxStandIn inbox = new InboxStandIn();
    private final Referrals referrals = new Referrals();

    @Incoming("reports")
    public void onReferral(String reportId) {
        inbox.deliver(() -> referrals.receive(UUID.fromString(reportId), "beacon"));
    }
}
