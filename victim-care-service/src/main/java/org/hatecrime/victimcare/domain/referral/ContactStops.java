package org.hatecrime.victimcare.domain.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Carries the victim's withdrawals from intake into their referrals: a withdrawn report or a
 * withdrawn consent to support stops contact at once; consent given again allows it, unless the
 * report itself was withdrawn.
 */
@ApplicationScoped
public class ContactStops {

    static final String REPORT_WITHDRAWN = "the victim withdrew the report";
    static final String CONSENT_WITHDRAWN = "the victim withdrew their consent to support";

    private final Referrals referrals;

    ContactStops(Referrals referrals) {
        this.referrals = referrals;
    }

    /** Runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reportWithdrawn(UUID reportId, OffsetDateTime at) {
        referrals.ofReport(reportId).forEach(referral -> referral.stopContact(REPORT_WITHDRAWN, at));
    }

    /** Runs inside the inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supportConsentChanged(UUID reportId, boolean granted, OffsetDateTime at) {
        referrals.ofReport(reportId).forEach(referral -> {
            if (granted && CONSENT_WITHDRAWN.equals(referral.contactStoppedBecause())) {
                referral.allowContact();
            } else {
                referral.stopContact(CONSENT_WITHDRAWN, at);
            }
        });
    }
}
