package org.hatecrime.testkit.archfixture.broken.api;

import org.hatecrime.testkit.archfixture.broken.domain.Referrals;

public record ReferralView(String provider) {
    public static Referrals service() {
        return new Referrals();
    }
}
