package org.hatecrime.testkit.archfixture.tidy.messaging;

import java.util.Map;
import org.hatecrime.testkit.archfixture.tidy.domain.Referral;

/** Outbox mapping, not a consumer: it may read the aggregate to build its event. */
public final class ReferralEvents {
    public static Map<String, Object> referred(Referral referral) {
        return Map.of("reportId", referral.id, "provider", referral.provider);
    }
}
