package org.hatecrime.cases.domain.casefile;

/** What a review under the Victims' Right to Review found. */
public enum ReviewOutcome {
    DECISION_UPHELD,
    DECISION_OVERTURNED
}
