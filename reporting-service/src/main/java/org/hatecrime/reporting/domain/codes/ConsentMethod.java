package org.hatecrime.reporting.domain.codes;

/** How a consent was given. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    ONLINE
}
