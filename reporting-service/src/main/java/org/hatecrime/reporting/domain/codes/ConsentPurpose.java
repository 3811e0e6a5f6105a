package org.hatecrime.reporting.domain.codes;

/** What a consent allows. */
public enum ConsentPurpose {
    SHARE_WITH_POLICE,
    REFER_TO_SUPPORT,
    STATISTICS
}
