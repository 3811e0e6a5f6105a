package org.hatecrime.reporting.domain.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One report an erasure reached: the services that hold something about it forget it. Published
 * once per report, so each follows the report's earlier events.
 *
 * @param victimKeys the report's pseudonymous victim keys before they were deleted, so services
 *                   can find what they hold under them (a self-referral, say); possibly none
 * @param victimKeysRetired the person was erased, so their victim keys are retired everywhere and
 *                   their later reports get new ones; false when one report was anonymised at the
 *                   end of its retention and the person's other reports keep the keys
 */
public record SubjectErased(UUID erasureId, UUID reportId, List<String> victimKeys, OffsetDateTime erasedAt,
        boolean victimKeysRetired) {
}
