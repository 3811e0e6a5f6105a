package org.hatecrime.reporting.domain;

/** Where a report is in intake. Only {@link #RECEIVED} is reachable until triage is built. */
public enum ReportStatus {
    RECEIVED
}
