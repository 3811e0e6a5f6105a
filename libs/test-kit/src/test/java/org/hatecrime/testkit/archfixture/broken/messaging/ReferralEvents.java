package org.hatecrime.testkit.archfixture.broken.messaging;

import java.util.Map;
import org.hatecrime.testkit.archfixture.broken.domain.Referral;

/** Outbox mapping, not a consumer: reading the aggregate here is allowed even in this fixture. */
public final class ReferralEvents {
    public static Map<String, Object> referred(Referral referral) {
        return Map.of("reportId", referral.id);
    }
}
