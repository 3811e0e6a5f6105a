package org.hatecrime.reporting.domain.codes;

/** How a report reached the platform. */
public enum Channel {
    PUBLIC_ONLINE,
    THIRD_PARTY_CENTRE,
    POLICE,
    PARTNER_API,
    PHONE
}
