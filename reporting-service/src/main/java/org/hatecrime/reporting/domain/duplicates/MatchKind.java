package org.hatecrime.reporting.domain.duplicates;

/** What a match across agencies suggests. */
public enum MatchKind {
    /** Same victim, district, strand and time window: probably one incident reported twice. */
    SAME_INCIDENT,
    /** Same victim, another incident: a repeat victim known to more than one agency. */
    SAME_VICTIM
}
