package org.hatecrime.reporting.domain.codes;

/** Who is making the report. */
public enum ReporterRole {
    VICTIM,
    WITNESS,
    THIRD_PARTY_ON_BEHALF,
    PROFESSIONAL
}
