package org.hatecrime.testkit.archfixture.broken.messaging;

import org.hatecrime.kit.inbox.InboxStandIn;
import org.hatecrime.testkit.archfixture.broken.domain.ReferralRepository;

/** Hands records to the inbox, with an effect that calls a repository directly. */
public class InboxRoutes {
    private final InboxStandIn inbox = new InboxStandIn();
    private final ReferralRepository repository = new ReferralRepository();

    public void onRecords() {
        inbox.deliver(() -> repository.deleteAll());
    }
}
