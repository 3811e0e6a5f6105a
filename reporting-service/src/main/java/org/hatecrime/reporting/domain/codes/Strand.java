package org.hatecrime.reporting.domain.codes;

/** The monitored strands of hate crime; one incident may have several. */
public enum Strand {
    RACE,
    RELIGION_OR_BELIEF,
    SEXUAL_ORIENTATION,
    DISABILITY,
    TRANSGENDER_IDENTITY,
    OTHER
}
