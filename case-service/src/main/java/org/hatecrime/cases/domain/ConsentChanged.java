package org.hatecrime.cases.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The parts of {@code report.consent-changed.v1} the case service reads. */
public record ConsentChanged(UUID reportId, String purpose, boolean granted, OffsetDateTime changedAt) {

    static final String SHARE_WITH_POLICE = "SHARE_WITH_POLICE";

    public boolean isAboutSharingWithPolice() {
        return SHARE_WITH_POLICE.equals(purpose);
    }
}
