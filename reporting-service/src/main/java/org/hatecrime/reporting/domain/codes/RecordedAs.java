package org.hatecrime.reporting.domain.codes;

/** Whether the incident is a crime or a non-crime hate incident, as far as is known. */
public enum RecordedAs {
    CRIME,
    NON_CRIME_HATE_INCIDENT,
    NOT_YET_KNOWN
}
