package org.hatecrime.cases.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The parts of {@code report.consent-changed.v1} the case service reads. */
public record ConsentChanged(UUID reportId, String purpose, boolean granted, OffsetDateTime changedAt) {

    static final String SHARE_WITH_POLICE = "SHARE_WITH_POLICE";
    static final String REFER_TO_SUPPORT = "REFER_TO_SUPPORT";

    public boolean isAboutSupport() {
        return REFER_TO_SUPPORT.equals(purpose);
    }

    public boolean isAboutSharingWithPolice() {
        return SHARE_WITH_POLICE.equals(purpose);
    }
}
