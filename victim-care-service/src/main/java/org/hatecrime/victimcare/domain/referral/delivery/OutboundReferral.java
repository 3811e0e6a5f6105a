package org.hatecrime.victimcare.domain.referral.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.victimcare.domain.referral.Referral;

/**
 * What a provider's own case system receives: ids, codes and dates only, as in the platform's
 * events. No name, contact details or free text: the provider's system fetches the contact details
 * itself through the platform's API with its own credentials, and that read is audited (claim check).
 * The referral id is the idempotency key: the provider takes each referral once however often it
 * is offered.
 */
public record OutboundReferral(UUID referralId, String provider, String source, String reportReference, String district,
        List<String> strands, OffsetDateTime occurredAt, OffsetDateTime consentedAt, boolean enhancedRights, String enhancedRightsReason) {

    static OutboundReferral of(Referral referral) {
        return new OutboundReferral(referral.id(), referral.provider(), referral.source().name(), referral.reportReference(),
                referral.district(), referral.strands(), referral.occurredAt(), referral.consentedAt(), referral.enhancedRights(),
                referral.enhancedRightsReason());
    }
}
