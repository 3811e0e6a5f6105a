package org.hatecrime.cases.domain.casefile;

/** How the force recorded the incident. */
public enum RecordedAs {
    CRIME,
    NON_CRIME_HATE_INCIDENT
}
