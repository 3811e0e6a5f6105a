package org.hatecrime.victimcare.domain.referral;

/** How a referral came in. */
public enum ReferralSource {
    /** A reporting centre or force referred the victim of a report, with consent. */
    REPORT,
    /** The victim referred themselves, without an account and without a police report. */
    SELF_REFERRAL,
    /** A victim service's own staff opened it, e.g. after a phone call. */
    DIRECT
}
