package org.hatecrime.reporting.domain.codes;

/** The broad offence category. */
public enum OffenceCategory {
    VIOLENCE,
    PUBLIC_ORDER,
    CRIMINAL_DAMAGE,
    HARASSMENT,
    ONLINE,
    OTHER
}
