package org.hatecrime.victimcare.domain.referral;

import java.util.Arrays;
import java.util.List;

/** Sets of statuses queries need. */
final class ReferralStatuses {

    static final List<ReferralStatus> OPEN = Arrays.stream(ReferralStatus.values()).filter(ReferralStatus::isOpen).toList();

    private ReferralStatuses() {
    }
}
