package org.hatecrime.testkit.archfixture.tidy.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.hatecrime.kit.problem.ProblemStandIn;
import org.hatecrime.testkit.archfixture.tidy.domain.Referrals;

/** The edge turns "not there" into the HTTP problem. */
@Path("/referrals")
public class ReferralResource {
    private final Referrals referrals = new Referrals();

    @GET
    public String provider(UUID id) {
        return referrals.one(id).orElseThrow(() -> ProblemStandIn.notFound("referral")).provider;
    }
}
