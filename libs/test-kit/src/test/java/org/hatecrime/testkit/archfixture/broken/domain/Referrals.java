package org.hatecrime.testkit.archfixture.broken.domain;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.hatecrime.cases.CaseServiceStandIn;
import org.hatecrime.kit.problem.ProblemStandIn;
import org.hatecrime.testkit.archfixture.broken.api.ReferralView;
import org.hatecrime.testkit.archfixture.broken.messaging.ReferralRequested;

/** Knows about HTTP, messaging and another service: everything the domain must not. */
public class Referrals {
    public void receive(ReferralRequested requested) {
        Referral referral = new Referral();
        referral.id = requested.reportId();
        referral.provider = CaseServiceStandIn.force();
        referral.persist();
    }

    public ReferralView one(UUID id) {
        Referral referral = Referral.findById(id);
        if (referral == null) {
            throw ProblemStandIn.notFound("referral");
        }
        if (referral.provider == null) {
            throw new NotFoundException();
        }
        return new ReferralView(referral.provider);
    }
}
