package org.hatecrime.reporting.domain.codes;

/** Hate crime is perception-based: who perceived the hostility. */
public enum PerceivedBy {
    VICTIM,
    WITNESS,
    OTHER_PERSON,
    POLICE_OFFICER
}
