package org.hatecrime.cases.domain;

/**
 * Which of its received reports a force lists. A report the victim withdrew at intake is no longer
 * one to act on, so the force's list leaves it out unless asked; it stays readable on its own, and
 * the force's case of it stays the force's.
 */
public enum ReceivedReportStatus {
    /** Reports the victim has not withdrawn (consent to share withdrawn or not: the report stands). */
    ACTIVE,
    /** Reports the victim withdrew at intake. */
    WITHDRAWN,
    /** Both. */
    ALL
}
