package org.hatecrime.analytics.domain.victimcare;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of victim care's events analytics reads: codes, dates and scores, never the victim. */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    /** Any {@code referral.*.v1}: the referral as it stands after the move. */
    public record ReferralChanged(UUID referralId, String provider, String agency, String source, String district,
            List<String> strands, String status, String reasonCode, OffsetDateTime consentedAt, OffsetDateTime changedAt) {
    }

    /** {@code needs.assessed.v1}. */
    public record NeedsAssessed(UUID referralId, boolean enhancedRights) {
    }

    /** {@code support.closed.v1}. */
    public record SupportClosed(UUID referralId, BigDecimal wellbeingChange, Integer satisfaction) {
    }

    /** {@code victims-code.breach-detected.v1}. */
    public record BreachDetected(UUID referralId, String agency, String clock, int right) {
    }
}
