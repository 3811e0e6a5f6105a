package org.hatecrime.victimcare.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code subject.erased.v1}: intake destroyed the data subject key of the person a report is about.
 * One per report the erasure reached, all of one erasure sharing its {@code erasureId}.
 * {@code victimKeysRetired} when the person was erased (not one report anonymised at the end of its
 * retention): their keys are retired and their later self-referrals get new ones.
 */
public record SubjectErased(UUID erasureId, UUID reportId, List<String> victimKeys, OffsetDateTime erasedAt,
        boolean victimKeysRetired) {

    public SubjectErased {
        victimKeys = victimKeys == null ? List.of() : List.copyOf(victimKeys);
    }
}
