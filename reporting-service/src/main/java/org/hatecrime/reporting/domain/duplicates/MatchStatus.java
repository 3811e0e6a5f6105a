package org.hatecrime.reporting.domain.duplicates;

/** Where a cross-agency match is in the coordinator's review; a decision is final. */
public enum MatchStatus {
    PENDING,
    CONFIRMED,
    REJECTED
}
