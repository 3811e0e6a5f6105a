package org.hatecrime.victimcare.domain;

/**
 * Which of its received reports a victim service lists. A report the victim withdrew at intake is
 * no longer one to take up, so the list leaves it out unless asked; it stays readable on its own
 * (with contact stopped), and a referral already made from it stays the service's.
 */
public enum ReceivedReportStatus {
    /** Reports the victim has not withdrawn (consent to support withdrawn or not: the report stands, contact stops). */
    ACTIVE,
    /** Reports the victim withdrew at intake. */
    WITHDRAWN,
    /** Both. */
    ALL
}
