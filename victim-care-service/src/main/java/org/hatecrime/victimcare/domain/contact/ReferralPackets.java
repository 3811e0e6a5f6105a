package org.hatecrime.victimcare.domain.contact;

import java.util.Optional;
import java.util.UUID;

/**
 * Intake's referral packets (claim check): the contact details of the victim of a report referred
 * to this service. Implemented by a client of intake's internal endpoint, with this service's own
 * token; intake audits each fetch on its side.
 */
public interface ReferralPackets {

    /**
     * The contact details and safe-contact preferences intake holds for the report, or nothing when
     * intake holds none for this service (never referred here, or the victim's consent withdrawn).
     *
     * @throws IntakeUnavailable when intake cannot be reached now
     */
    Optional<ContactDetails> contactDetailsOf(UUID reportId);
}
