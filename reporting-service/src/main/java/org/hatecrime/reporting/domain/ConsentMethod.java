package org.hatecrime.reporting.domain;

/** How a consent was given. */
public enum ConsentMethod {
    VERBAL,
    WRITTEN,
    ONLINE
}
