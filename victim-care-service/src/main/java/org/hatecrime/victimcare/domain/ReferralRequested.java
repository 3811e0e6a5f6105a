package org.hatecrime.victimcare.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The parts of {@code report.referral-requested.v1} victim care reads; other fields are ignored. */
public record ReferralRequested(
        UUID reportId,
        String reference,
        String provider,
        List<String> strands,
        String district,
        OffsetDateTime occurredAt,
        OffsetDateTime requestedAt,
        String victimKey) {
}
