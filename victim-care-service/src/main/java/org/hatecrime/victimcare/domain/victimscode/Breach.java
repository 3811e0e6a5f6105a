package org.hatecrime.victimcare.domain.victimscode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A clock of the Code missed by a referral, recorded once; ids, codes and times only. */
public record Breach(UUID referralId, String provider, String agency, VictimsCodeClock clock, OffsetDateTime dueAt,
        OffsetDateTime detectedAt, boolean enhancedRights) {

    public VictimsCodeRight right() {
        return clock.right();
    }
}
