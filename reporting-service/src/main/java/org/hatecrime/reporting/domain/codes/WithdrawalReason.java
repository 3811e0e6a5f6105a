package org.hatecrime.reporting.domain.codes;

/** Why a report was withdrawn. */
public enum WithdrawalReason {
    VICTIM_REQUEST,
    SUBMITTED_IN_ERROR,
    OTHER
}
