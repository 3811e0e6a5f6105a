package org.hatecrime.victimcare.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The parts of {@code report.consent-changed.v1} victim care reads. */
public record ConsentChanged(UUID reportId, String purpose, boolean granted, OffsetDateTime changedAt) {

    static final String REFER_TO_SUPPORT = "REFER_TO_SUPPORT";

    public boolean isAboutSupport() {
        return REFER_TO_SUPPORT.equals(purpose);
    }
}
